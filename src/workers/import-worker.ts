// The import worker: reads, parses and writes off the main thread, so the page keeps
// responding while a large bank is imported. One job at a time; the page makes a new worker
// per import and ends it afterwards.
import type { ImportCommand, ImportEvent } from '../domain/deck-import/import-messages';
import { createDatabase } from '../storage/db';
import { runImportJob } from './import-job';
import { warmUpImport } from './import-warm-up';

const db = createDatabase();
// Opening takes a round trip to the browser; started now, it overlaps reading and compiling.
// A failure here surfaces again, and is reported, at the job's first use of the database.
db.open().catch(() => undefined);
const cancelled = new Set<number>();
let hasJob = false;

function send(event: ImportEvent): void {
  globalThis.postMessage(event);
}

globalThis.addEventListener('message', (message: MessageEvent<ImportCommand<Blob>>) => {
  const command = message.data;
  if (command.type === 'cancel') {
    cancelled.add(command.jobId);
    return;
  }
  if (command.type === 'warm-up') {
    warmUpImport(() => hasJob);
    return;
  }
  const { jobId } = command;
  hasJob = true;
  void runImportJob(db, command, {
    onProgress: (progress) => send({ type: 'progress', jobId, progress }),
    isCancelled: () => cancelled.has(jobId),
  }).then((report) => send({ type: 'done', jobId, report }));
});
