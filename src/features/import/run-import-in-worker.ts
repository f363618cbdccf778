import { readClock } from '../../data/services/clock';
import type { RunImportJob } from '../../domain/deck-import/import-messages';
import { startImportInWorker } from '../../workers/clients/import-client';

/** Runs one import in the import worker, every row stamped with the app's clock at its start. */
export const runImportInWorker: RunImportJob<File> = (request, onProgress) =>
  startImportInWorker({ ...request, now: readClock() }, onProgress);
