/** How often an open page asks the server for a new version: a long review session still hears of one. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export type UpdateCheckEnv = {
  document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  isOnline: () => boolean;
  setInterval: (callback: () => void, ms: number) => number;
  clearInterval: (handle: number) => void;
};

/** The part of a ServiceWorkerRegistration the checks use. */
type Registration = { update: () => Promise<unknown>; installing: object | null };

/**
 * Checks for a new version every hour and whenever the page becomes visible again (the user
 * comes back to the tab or the installed app). Returns what stops the checks.
 */
export function startUpdateChecks(
  registration: Registration,
  env: UpdateCheckEnv,
  intervalMs = UPDATE_CHECK_INTERVAL_MS,
): () => void {
  const check = () => {
    if (!env.isOnline() || registration.installing !== null) return;
    // A failed check (server down, captive portal) changes nothing: the next one tries again.
    registration.update().catch(() => undefined);
  };
  const onVisibilityChange = () => {
    if (env.document.visibilityState === 'visible') check();
  };
  const handle = env.setInterval(check, intervalMs);
  env.document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    env.clearInterval(handle);
    env.document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
