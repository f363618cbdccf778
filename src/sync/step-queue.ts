// The sync engine's steps (pull what the mirror received, record a local change) run one at a
// time, in the order asked (docs/architecture.md, "Sync").

/** The first wait before a failed step, or PouchDB's replication, tries again. */
export const RETRY_BASE_MS = 1000;
// Also PouchDB's longest wait between tries while the server is away: when it comes back
// without an `online` event (the server restarted, the network changed), sync resumes soon.
export const RETRY_MAX_MS = 10_000;

export type StepQueue = {
  /** Runs the step after those asked before; rejects if it failed (it is then tried again). */
  run: (step: () => Promise<void>) => Promise<void>;
  /** Runs a step whose failure its caller leaves to the retry. */
  runInBackground: (step: () => Promise<void>) => void;
  /** Resolves once every step asked so far, and those they led to, has run. */
  whenIdle: () => Promise<void>;
};

/**
 * A failed step is tried again later rather than left to reject the queue: a rejected queue
 * would run nothing after it, and sync would stop until a reload. The step's changes wait
 * meanwhile in the mirror or the database, so a retry loses nothing. Nothing is retried once
 * `isStopped` says so.
 */
export function createStepQueue(isStopped: () => boolean): StepQueue {
  let queue: Promise<void> = Promise.resolve();
  const ignoreRetried = () => undefined;

  const run = (step: () => Promise<void>, attempt = 0): Promise<void> => {
    const done = queue.then(step);
    queue = done.catch(() => {
      if (isStopped()) return;
      const delay = Math.min(RETRY_BASE_MS * 2 ** attempt, RETRY_MAX_MS);
      setTimeout(() => void run(step, attempt + 1).catch(ignoreRetried), delay);
    });
    return done;
  };

  return {
    run: (step) => run(step),
    runInBackground: (step) => void run(step).catch(ignoreRetried),
    whenIdle: async () => {
      let current: Promise<void>;
      do {
        current = queue;
        await current;
      } while (current !== queue);
    },
  };
}
