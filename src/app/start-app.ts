import { readClock } from '../data/services/clock';
import { getDatabase } from '../data/services/database';
import { resumeSync } from '../data/services/sync';
import { runAfterStartUp } from '../pwa/after-start-up';
import { registerServiceWorker } from '../pwa/service-worker';
import { syncDecks } from '../storage/bank-sync';
import { openDatabase } from '../storage/open-database';
import { describeStorageError } from '../storage/storage-errors';
import { useAppStore } from '../stores/app-store';
import { yieldToMain } from './yield-to-main';

let starting: Promise<void> | null = null;

/** Opens the database and brings the built-in bank up to date, once per page load. */
export function startApp(): Promise<void> {
  if (starting === null) {
    // The worker does not wait for the database, so a fixed version can still install when
    // start-up fails; it waits until start-up has settled, since its precache download would
    // compete with the first screen. (The install offer is listened for from the entry, main.tsx.)
    runAfterStartUp(() => void registerServiceWorker());
  }
  starting ??= runStartup();
  return starting;
}

async function runStartup(): Promise<void> {
  const { markReady, markFailed, showAlert } = useAppStore.getState();
  try {
    const db = await openDatabase(getDatabase(), {
      onBlocked: showAlert,
      onVersionChange: showAlert,
    });
    await yieldToMain();
    // The bank is its own chunk: a returning user's start-up reads one hash and moves on.
    const { decks, hashes, cardHashes } = await import('virtual:bank');
    await yieldToMain();
    await syncDecks(db, decks, 'builtin', readClock(), { decks: hashes, cards: cardHashes });
    markReady();
    // Sync resumes by itself after a reload, once the first screen is up; with sync off this
    // reads one row and loads no sync code.
    runAfterStartUp(() => void resumeSync());
    // Once after the update to version 4 (a rejection leaves the build to the Stats screen).
    // The jobs module loads the worker clients, so it stays out of the first screen's chunk.
    runAfterStartUp(
      () =>
        void import('../data/jobs')
          .then(({ buildReviewAggregates }) => buildReviewAggregates())
          .catch(() => undefined),
    );
  } catch (error) {
    markFailed(describeStorageError(error));
  }
}
