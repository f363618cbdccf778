import {
  createCancelledReport,
  createFailedReport,
  type ImportCommand,
  type ImportEvent,
  type ImportReport,
  type RunImportJob,
} from '../../domain/deck-import/import-messages';
import { readClock } from '../../stores/clock';

// A worker that does not answer a cancel in this time is stopped; the browser then aborts its
// open transaction, so a cancel never leaves half an import behind.
const CANCEL_GRACE_MS = 3000;
const JOB_ID = 1;

/** Runs one import in a fresh Web Worker, which ends with the job. */
export const runImportInWorker: RunImportJob<File> = (request, onProgress) => {
  const worker = new Worker(new URL('../../workers/import-worker.ts', import.meta.url), {
    type: 'module',
  });
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
