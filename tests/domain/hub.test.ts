import { describe, expect, it } from 'vitest';
import { createExternalValue, createHub } from '../../src/domain/hub';

describe('createHub', () => {
  it('tells every listener until it unsubscribes', () => {
    const hub = createHub();
    const heard: string[] = [];
    const stopA = hub.subscribe(() => heard.push('a'));
    hub.subscribe(() => heard.push('b'));
    hub.notify();
    stopA();
    hub.notify();
    expect(heard).toEqual(['a', 'b', 'b']);
  });

  it('knows whether anyone still listens, so a source can stop its work', () => {
    const hub = createHub();
    expect(hub.hasListeners()).toBe(false);
    const stop = hub.subscribe(() => {});
    expect(hub.hasListeners()).toBe(true);
    stop();
    expect(hub.hasListeners()).toBe(false);
  });
});

describe('createExternalValue', () => {
  it('holds the latest value and tells listeners only when it changes', () => {
    const value = createExternalValue({ canInstall: false });
    const seen: boolean[] = [];
    value.subscribe(() => seen.push(value.get().canInstall));
    const installable = { canInstall: true };
    value.set(installable);
    value.set(installable);
    value.set({ canInstall: false });
    expect(seen).toEqual([true, false]);
    expect(value.get()).toEqual({ canInstall: false });
  });
});
