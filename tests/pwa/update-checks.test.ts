import { describe, expect, it, vi } from 'vitest';
import { startUpdateChecks, UPDATE_CHECK_INTERVAL_MS } from '../../src/pwa/update-checks';

function setUp(options: { isOnline?: boolean; installing?: object | null } = {}) {
  const update = vi.fn(async () => undefined);
  const registration = { update, installing: options.installing ?? null };
  const target = new EventTarget();
  const document: { visibilityState: DocumentVisibilityState } & Pick<
    EventTarget,
    'addEventListener' | 'removeEventListener'
  > = {
    visibilityState: 'visible',
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
  };
  let tick: (() => void) | null = null;
  const stop = startUpdateChecks(registration, {
    document,
    isOnline: () => options.isOnline ?? true,
    setInterval: (callback, ms) => {
      expect(ms).toBe(UPDATE_CHECK_INTERVAL_MS);
      tick = callback;
      return 7;
    },
    clearInterval: (handle) => {
      expect(handle).toBe(7);
      tick = null;
    },
  });
  return {
    update,
    document,
    stop,
    showPage: () => target.dispatchEvent(new Event('visibilitychange')),
    tick: () => tick?.(),
  };
}

describe('startUpdateChecks', () => {
  it('asks for a new version every hour and when the user comes back to the page', () => {
    const { update, document, showPage, tick } = setUp();
    tick();
    expect(update).toHaveBeenCalledTimes(1);
    showPage();
    expect(update).toHaveBeenCalledTimes(2);
    document.visibilityState = 'hidden';
    showPage();
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('does not ask while offline or while a new version is already installing', () => {
    expect(setUp({ isOnline: false }).update).not.toHaveBeenCalled();
    const offline = setUp({ isOnline: false });
    offline.tick();
    offline.showPage();
    expect(offline.update).not.toHaveBeenCalled();

    const installing = setUp({ installing: {} });
    installing.tick();
    expect(installing.update).not.toHaveBeenCalled();
  });

  it('stops checking when stopped', () => {
    const { update, stop, showPage, tick } = setUp();
    stop();
    tick();
    showPage();
    expect(update).not.toHaveBeenCalled();
  });

  it('swallows a failed check, so that the next one can try again', async () => {
    const { update, tick } = setUp();
    update.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    tick();
    await Promise.resolve();
    tick();
    expect(update).toHaveBeenCalledTimes(2);
  });
});
