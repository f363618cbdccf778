import type { PouchSync } from 'pouchdb-core';

// A replication whose requests hang past this is left to end on its own.
const CANCEL_WAIT_MS = 2000;

/** Cancels live replication and waits until its requests have ended, or at most two seconds. */
export async function cancelAndWait(replication: PouchSync): Promise<void> {
  const ended = new Promise<void>((resolve) => {
    replication.on('complete', () => resolve());
    setTimeout(resolve, CANCEL_WAIT_MS);
  });
  replication.cancel();
  await ended;
}
