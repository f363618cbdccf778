// The jobs a screen starts off the main thread, beside the queries and commands of surface.ts:
// a job reports progress and can be cancelled, so it is a started handle rather than one
// promise. Each runs on the one worker transport (src/workers/transport/); screens start them
// here and never reach a worker client themselves (docs/architecture.md, "Layers").
import type { RunImportJob } from '../domain/deck-import/import-messages';
import type { SchedulerSettings } from '../domain/scheduler/types';
import { isReviewDaysBuilt } from '../storage/review-days-build';
import { prepareImportWorker, startImportInWorker } from '../workers/clients/import-client';
import {
  type OptimizerJob,
  type OptimizerProgress,
  startOptimizer,
  startReschedule,
} from '../workers/clients/optimizer-client';
import { buildAggregatesInWorker } from '../workers/clients/stats-client';
import type { OptimizeResult } from '../workers/optimizer-messages';
import { readClock } from './services/clock';
import { getDatabase } from './services/database';

/** Imports files or restores a backup in the import worker, stamped with the app's clock. */
export const importFiles: RunImportJob<File> = (request, onProgress) =>
  startImportInWorker({ ...request, now: readClock() }, onProgress);

/** Starts the next import's worker ahead of time; returns how to stop it. */
export function prepareImport(): () => void {
  return prepareImportWorker();
}

/**
 * After an update to database version 4, builds the review aggregates from the log in the
 * stats worker, once, without waiting for a visit to Stats (which shows the progress if it
 * opens meanwhile). Does nothing where there is no worker: Stats then builds them itself.
 */
export async function buildReviewAggregates(): Promise<void> {
  if (typeof Worker !== 'function') return;
  if (await isReviewDaysBuilt(getDatabase())) return;
  await buildAggregatesInWorker();
}

/** Trains FSRS parameters on the user's reviews in the optimizer worker. */
export function optimize(
  settings: SchedulerSettings,
  onProgress: (progress: OptimizerProgress) => void,
): OptimizerJob<OptimizeResult> {
  return startOptimizer(settings, onProgress);
}

/** Replays every reviewed card with new parameters; the result is how many were rescheduled. */
export function reschedule(
  settings: SchedulerSettings,
  onProgress: (progress: OptimizerProgress) => void,
): OptimizerJob<number> {
  return startReschedule(settings, onProgress);
}
