// The import worker: reads, parses and writes off the main thread, so the page keeps
// responding while a large bank is imported. One job at a time; the page makes a new worker
// per import and ends it afterwards.
import type { ImportCommand, ImportEvent } from '../domain/deck-import/import-messages';
import { createDatabase } from '../storage/db';
import { runImportJob } from './import-job';

const db = createDatabase();
const cancelled = new Set<number>();

function send(event: ImportEvent): void {
  globalThis.postMessage(event);
}

globalThis.addEventListener('message', (message: MessageEvent<ImportCommand<Blob>>) => {
  const command = message.data;
  if (command.type === 'cancel') {
    cancelled.add(command.jobId);
    return;
  }
  const { jobId } = command;
  void runImportJob(db, command, {
    onProgress: (progress) => send({ type: 'progress', jobId, progress }),
    isCancelled: () => cancelled.has(jobId),
  }).then((report) => send({ type: 'done', jobId, report }));
});
