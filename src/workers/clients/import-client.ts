import {
  createCancelledReport,
  createFailedReport,
  type ImportJobHandle,
  type ImportProgress,
} from '../../domain/deck-import/import-messages';
import { describeError } from '../../domain/describe-error';
import type { ImportJobMap, ImportJobRequest } from '../import-messages';
import { connectWorker, type JobClient } from '../transport/job-client';
import { JobCancelledError } from '../transport/job-messages';

// A worker that does not answer a cancel in this time is stopped; the browser then aborts its
// open transaction, so a cancel never leaves half an import behind.
const CANCEL_GRACE_MS = 3000;

let spare: JobClient<ImportJobMap> | null = null;

function connectImportWorker(): JobClient<ImportJobMap> {
  const worker = new Worker(new URL('../import-worker.ts', import.meta.url), { type: 'module' });
  return connectWorker<ImportJobMap>(worker, { crashMessage: 'the worker failed' });
}

/**
 * Starts the next import's worker ahead of time, so that loading its code, opening the
 * database and warming up the compiler happen while the user picks files rather than after.
 * Returns a function that ends the prepared worker if no import has taken it.
 */
export function prepareImportWorker(): () => void {
  if (spare === null) {
    spare = connectImportWorker();
    // Ending the prepared worker ends its warm-up too; nobody waits for it.
    spare.start('warm-up', null).done.catch(() => undefined);
  }
  const prepared = spare;
  return () => {
    if (spare !== prepared) return;
    spare = null;
    prepared.close();
  };
}

/**
 * Runs one import in a fresh (or freshly prepared) Web Worker, which ends with the job.
 * `done` resolves however the job ends, with the report of a failure or a cancel.
 */
export function startImportInWorker(
  request: ImportJobRequest<File>,
  onProgress: (progress: ImportProgress) => void,
): ImportJobHandle {
  const client = spare ?? connectImportWorker();
  spare = null;
  const job = client.start('import', request, { onProgress });
  const done = job.done
    .catch((error: unknown) =>
      error instanceof JobCancelledError
        ? createCancelledReport()
        : createFailedReport(`The import could not run: ${describeError(error)}.`),
    )
    .finally(() => client.close());
  return {
    done,
    cancel: () => {
      job.cancel();
      setTimeout(() => client.close(), CANCEL_GRACE_MS);
    },
  };
}
