/** What runWhenIdle uses of `window`. */
export type IdleWindow = {
  setTimeout: (task: () => void, ms: number) => number;
  clearTimeout: (handle: number) => void;
  requestIdleCallback?: (task: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Runs `task` when the browser is next idle, or after `timeoutMs` if it stays busy; in a task
 * of its own where requestIdleCallback is missing (Safari). Returns a function that cancels it.
 */
export function runWhenIdle(
  task: () => void,
  timeoutMs: number,
  win: IdleWindow = window,
): () => void {
  if (typeof win.requestIdleCallback === 'function') {
    const handle = win.requestIdleCallback(task, { timeout: timeoutMs });
    return () => win.cancelIdleCallback?.(handle);
  }
  const timer = win.setTimeout(task, 0);
  return () => win.clearTimeout(timer);
}
