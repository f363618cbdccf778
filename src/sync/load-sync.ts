/** The sync code, fetched only when sync is turned on (or was on at start-up). */
export function loadBrowserSync() {
  return import('./browser-sync');
}
