/**
 * Runs jobs one at a time, in the order they are pushed: each starts once the one before has
 * settled, resolved or failed. A job's failure goes to its own caller only.
 */
export type SerialQueue = {
  push: <T>(job: () => T | Promise<T>) => Promise<T>;
};

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    push: (job) => {
      const run = tail.then(job);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
