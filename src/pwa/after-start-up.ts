import { type IdleWindow, runWhenIdle } from '../data/services/run-when-idle';

// Long enough for the first screen to be up and its data read, even on a slow phone; short
// enough that a reminder or the badge never seems late.
const SETTLE_MS = 3000;
// The browser may stay busy; the task then runs anyway, this long after it was due.
const IDLE_TIMEOUT_MS = 2000;

/** What runAfterStartUp uses of `window`. */
export type StartUpWindow = IdleWindow & {
  document: { readyState: DocumentReadyState };
  addEventListener: (type: 'load', listener: () => void, options: { once: true }) => void;
  removeEventListener: (type: 'load', listener: () => void) => void;
};

/**
 * Runs `task` once the page has loaded, `settleMs` have passed and the browser is idle: work
 * nobody waits for (the service worker's precache download, the app badge, the backup
 * reminder) then does not compete with the first screen for a phone's CPU and network.
 * Returns a function that cancels it.
 */
export function runAfterStartUp(
  task: () => void,
  settleMs = SETTLE_MS,
  win: StartUpWindow = window,
): () => void {
  let cancelStep = () => {};
  const whenIdle = () => {
    cancelStep = runWhenIdle(task, IDLE_TIMEOUT_MS, win);
  };
  const afterLoad = () => {
    const timer = win.setTimeout(whenIdle, settleMs);
    cancelStep = () => win.clearTimeout(timer);
  };
  if (win.document.readyState === 'complete') afterLoad();
  else {
    const onLoad = () => afterLoad();
    win.addEventListener('load', onLoad, { once: true });
    cancelStep = () => win.removeEventListener('load', onLoad);
  }
  return () => cancelStep();
}
