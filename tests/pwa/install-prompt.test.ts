import { describe, expect, it, vi } from 'vitest';
import { type InstallTarget, listenForInstallPrompt } from '../../src/pwa/install-prompt';

function fakeWindow(isStandalone = false) {
  const target = new EventTarget();
  return Object.assign(target, {
    matchMedia: (query: string) => ({ matches: isStandalone && query.includes('standalone') }),
  }) satisfies InstallTarget;
}

function installOffer(outcome: 'accepted' | 'dismissed') {
  const prompt = vi.fn(async () => undefined);
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt,
    userChoice: Promise.resolve({ outcome }),
  });
  return { event, prompt };
}

describe('listenForInstallPrompt', () => {
  it("offers installing once the browser does, and shows the browser's dialog on request", async () => {
    const win = fakeWindow();
    const install = listenForInstallPrompt(win);
    expect(install.state.get()).toEqual({ canInstall: false, isInstalled: false });

    const { event, prompt } = installOffer('accepted');
    win.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(install.state.get().canInstall).toBe(true);

    expect(await install.install()).toBe(true);
    expect(prompt).toHaveBeenCalledTimes(1);
    // An offer is good for one dialog only.
    expect(install.state.get().canInstall).toBe(false);
    expect(await install.install()).toBe(false);
  });

  it('offers again when the browser sends a new offer after the user declined', async () => {
    const win = fakeWindow();
    const install = listenForInstallPrompt(win);
    win.dispatchEvent(installOffer('dismissed').event);
    expect(await install.install()).toBe(false);
    expect(install.state.get().canInstall).toBe(false);
    win.dispatchEvent(installOffer('accepted').event);
    expect(install.state.get().canInstall).toBe(true);
  });

  it('hides the offer once the app is installed, or when it runs installed', () => {
    const win = fakeWindow();
    const install = listenForInstallPrompt(win);
    win.dispatchEvent(installOffer('accepted').event);
    win.dispatchEvent(new Event('appinstalled'));
    expect(install.state.get()).toEqual({ canInstall: false, isInstalled: true });

    const standalone = listenForInstallPrompt(fakeWindow(true));
    expect(standalone.state.get().isInstalled).toBe(true);
  });

  it('ignores an event that is not a real install offer', () => {
    const win = fakeWindow();
    const install = listenForInstallPrompt(win);
    win.dispatchEvent(new Event('beforeinstallprompt'));
    expect(install.state.get().canInstall).toBe(false);
  });
});
