import type { StatsReport } from '../../domain/stats/stats-report';
import type { StatsListeners } from '../../storage/stats-repo';
import type { StatsJobMap, StatsProgress, StatsTiming } from '../stats-messages';
import { connectWorker } from '../transport/job-client';

/**
 * The Stats screen's figures, read and computed in a worker of their own, which also builds
 * the review aggregates when they are still to build. Rejects if the worker cannot start or
 * fails; the worker ends with the request.
 */
export async function loadStatsInWorker(
  timing: StatsTiming,
  listeners: StatsListeners,
): Promise<StatsReport> {
  const worker = new Worker(new URL('../stats-worker.ts', import.meta.url), { type: 'module' });
  const client = connectWorker<StatsJobMap>(worker);
  const onProgress = (progress: StatsProgress) =>
    listeners.onProgress?.(progress.done, progress.total);
  try {
    return await client.start('load', timing, { onProgress }).done;
  } finally {
    client.close();
  }
}

/**
 * Builds the review aggregates in the stats worker, if the upgrade to version 4 left them to
 * build (the worker returns at once otherwise). Rejects if the worker cannot start or fails.
 */
export async function buildAggregatesInWorker(): Promise<void> {
  const worker = new Worker(new URL('../stats-worker.ts', import.meta.url), { type: 'module' });
  const client = connectWorker<StatsJobMap>(worker);
  try {
    await client.start('build', null).done;
  } finally {
    client.close();
  }
}
