import type { ImportSource, RunImportJob } from '../../../src/domain/deck-import/import-messages';
import type { DrillbookDb } from '../../../src/storage/db';
import { runImportJob } from '../../../src/workers/import-job';

export const IMPORT_NOW = Date.UTC(2026, 2, 10, 9);

// jsdom's File has no arrayBuffer(); browsers and workers do. Read it the jsdom way instead.
function readable(source: ImportSource<File>): ImportSource<Blob> {
  if (!('file' in source)) return source;
  const { file } = source;
  const arrayBuffer = () =>
    new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () =>
        reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error('unread'));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(file);
    });
  Object.defineProperty(file, 'arrayBuffer', { value: arrayBuffer, configurable: true });
  return source;
}

/** The worker's job, run in the test's process against the test database. */
export function createInProcessImport(db: DrillbookDb): RunImportJob<File> {
  return (request, onProgress) => {
    let isCancelled = false;
    const done = runImportJob(
      db,
      {
        now: IMPORT_NOW,
        ...request,
        sources: request.sources.map(readable),
      },
      { onProgress, isCancelled: () => isCancelled },
    );
    return {
      done,
      cancel: () => {
        isCancelled = true;
      },
    };
  };
}
