import { startUpdateChecks } from './update-checks';
import { createUpdateController } from './update-controller';

let registered: ServiceWorkerRegistration | null = null;

/** The page's one update controller: the worker registration feeds it, the update prompt reads it. */
export const updateController = createUpdateController({
  reload: () => window.location.reload(),
  hasController: () => Boolean(navigator.serviceWorker?.controller),
  watchControllerChange: (listener) =>
    navigator.serviceWorker?.addEventListener('controllerchange', listener),
  schedule: (callback, ms) => {
    window.setTimeout(callback, ms);
  },
  readWaitingWorker: () => registered?.waiting ?? null,
  onRegistered: (registration) => {
    registered = registration;
    startUpdateChecks(registration, {
      document,
      isOnline: () => navigator.onLine,
      setInterval: (callback, ms) => window.setInterval(callback, ms),
      clearInterval: (handle) => window.clearInterval(handle),
    });
  },
});

/** Registers the service worker; its code (workbox-window) is its own chunk, off the start-up path. */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  updateController.start(registerSW);
}
