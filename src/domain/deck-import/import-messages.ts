// What an import is asked and what it reports, on the page and in the import worker. `F` is
// the file type: `File` on the page, `Blob` in the worker (the domain itself knows neither).
import type { DeckSyncCounts } from '../deck-sync/plan-deck-sync';
import type { ImportProblem } from './import-problem';
import type { ImportExpectation } from './parse-import-text';

export type ImportSource<F> = { name: string; file: F } | { name: string; text: string };

export type ImportPhase = 'reading' | 'parsing' | 'writing';

export type ImportProgress = {
  phase: ImportPhase;
  /** Files read or parsed, or card rows written, out of `total`. */
  done: number;
  total: number;
};

export type DeckImportSummary = {
  file: string;
  deckId: string;
  title: string;
  cardCount: number;
  counts: DeckSyncCounts;
};

export type RestoreMode = 'replaced' | 'merged';

export type BackupRestoreSummary = {
  file: string;
  /** `replaced`: the app held nothing of the user's, so the backup became its data exactly. */
  mode: RestoreMode;
  decks: number;
  cards: number;
  reviews: number;
  /** Reviews the backup brought that this device did not have. */
  newReviews: number;
  /** Cards whose schedule was rebuilt from their merged reviews. */
  rebuiltCards: number;
  /** Rows left out (bad values, unknown references, repeated keys): how many, and the first ones. */
  skippedCount: number;
  skipped: ImportProblem[];
};

/** The review history an Anki package brought (its decks are listed with the others). */
export type AnkiHistorySummary = {
  file: string;
  /** Reviews not stored before: none when the same package is imported again. */
  newReviews: number;
  /** Cards whose schedule was rebuilt from their reviews. */
  rescheduledCards: number;
};

export type ImportOutcome = 'done' | 'cancelled' | 'failed';

export type ImportReport = {
  outcome: ImportOutcome;
  decks: DeckImportSummary[];
  backups: BackupRestoreSummary[];
  /** Anki packages' history; absent from reports made before Anki import existed. */
  ankiHistories?: AnkiHistorySummary[];
  /** Files (or lines) that were refused; nothing of those files was written. */
  problems: ImportProblem[];
  /** The first warnings, and how many there were in all. */
  warnings: ImportProblem[];
  warningCount: number;
  /** Why the whole import failed (a storage error), when it did. */
  failure: string | null;
};

export type ImportRequest<F> = { expectation: ImportExpectation; sources: ImportSource<F>[] };

export type ImportJobHandle = {
  /** Resolves when the job ends, however it ends; never rejects. */
  done: Promise<ImportReport>;
  cancel: () => void;
};

/** Starts an import: in a Web Worker in the app, in process in component tests. */
export type RunImportJob<F> = (
  request: ImportRequest<F>,
  onProgress: (progress: ImportProgress) => void,
) => ImportJobHandle;

export function createFailedReport(failure: string): ImportReport {
  return { ...createCancelledReport(), outcome: 'failed', failure };
}

export function createCancelledReport(): ImportReport {
  return {
    outcome: 'cancelled',
    decks: [],
    backups: [],
    problems: [],
    warnings: [],
    warningCount: 0,
    failure: null,
  };
}
