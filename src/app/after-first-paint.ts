// Long enough for any first paint; a page that never reports one (hidden, or a browser
// without paint timing) still starts.
const PAINT_TIMEOUT_MS = 1000;

/**
 * Runs `task` in a task of its own once the page has painted its first content: the app shell
 * is on screen before the app's code is downloaded and run, so the code cannot delay it.
 */
export function afterFirstPaint(task: () => void): void {
  let hasRun = false;
  let observer: PerformanceObserver | undefined;
  const run = () => {
    if (hasRun) return;
    hasRun = true;
    observer?.disconnect();
    window.setTimeout(task, 0);
  };
  const canObserve =
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint') &&
    document.visibilityState === 'visible';
  if (!canObserve) {
    run();
    return;
  }
  observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) run();
  });
  observer.observe({ type: 'paint', buffered: true });
  window.setTimeout(run, PAINT_TIMEOUT_MS);
}
