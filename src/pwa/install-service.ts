import { type InstallPrompt, type InstallTarget, listenForInstallPrompt } from './install-prompt';

let installPrompt: InstallPrompt | null = null;

// The build renders the app shell outside a browser (scripts/vite-plugin-app-shell.ts), and
// tests render it in jsdom, which has no matchMedia: there is nothing to install there, and the
// button stays hidden, as it does before the browser makes its offer.
const noBrowser: InstallTarget = {
  addEventListener: () => undefined,
  matchMedia: () => ({ matches: false }),
};

/** The page's install offer; the first call starts listening (start-up calls it early). */
export function getInstallPrompt(): InstallPrompt {
  installPrompt ??= listenForInstallPrompt(isBrowser() ? window : noBrowser);
  return installPrompt;
}

function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function';
}
