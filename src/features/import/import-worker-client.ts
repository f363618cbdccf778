import { readClock } from '../../data/services/clock';
import {
  createCancelledReport,
  createFailedReport,
  type ImportCommand,
  type ImportEvent,
  type ImportReport,
  type RunImportJob,
} from '../../domain/deck-import/import-messages';

// A worker that does not answer a cancel in this time is stopped; the browser then aborts its
// open transaction, so a cancel never leaves half an import behind.
const CANCEL_GRACE_MS = 3000;
const JOB_ID = 1;

let spare: Worker | null = null;

function createImportWorker(): Worker {
  return new Worker(new URL('../../workers/import-worker.ts', import.meta.url), {
    type: 'module',
  });
}

/**
 * Starts the next import's worker ahead of time, so that loading its code, opening the
 * database and warming up the compiler happen while the user picks files rather than after.
 * Returns a function that ends the prepared worker if no import has taken it.
 */
export function prepareImportWorker(): () => void {
  if (spare === null) {
    spare = createImportWorker();
    const warmUp: ImportCommand<File> = { type: 'warm-up' };
    spare.postMessage(warmUp);
  }
  const prepared = spare;
  return () => {
    if (spare !== prepared) return;
    spare = null;
    prepared.terminate();
  };
}

/** Runs one import in a fresh (or freshly prepared) Web Worker, which ends with the job. */
export const runImportInWorker: RunImportJob<File> = (request, onProgress) => {
  const worker = spare ?? createImportWorker();
  spare = null;
  let finish: (report: ImportReport) => void = () => {};
  const done = new Promise<ImportReport>((resolve) => {
    finish = (report) => {
      worker.terminate();
      resolve(report);
    };
  });
  worker.addEventListener('message', (message: MessageEvent<ImportEvent>) => {
    const event = message.data;
    if (event.type === 'progress') onProgress(event.progress);
    else finish(event.report);
  });
  worker.addEventListener('error', (event) => {
    finish(
      createFailedReport(`The import could not run: ${event.message || 'the worker failed'}.`),
    );
  });
  const start: ImportCommand<File> = { type: 'start', jobId: JOB_ID, now: readClock(), ...request };
  worker.postMessage(start);
  return {
    done,
    cancel: () => {
      const cancel: ImportCommand<File> = { type: 'cancel', jobId: JOB_ID };
      worker.postMessage(cancel);
      setTimeout(() => finish(createCancelledReport()), CANCEL_GRACE_MS);
    },
  };
};
