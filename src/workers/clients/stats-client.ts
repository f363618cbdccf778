import type { StatsReport } from '../../domain/stats/stats-report';
import type { StatsListeners } from '../../storage/stats-repo';
import type { StatsJobMap, StatsProgress, StatsTiming } from '../stats-messages';
import { connectWorker } from '../transport/job-client';

/**
 * The Stats screen's figures, read and computed in a worker of their own, so a year of reviews
 * never blocks the page. Rejects if the worker cannot start or fails; the worker ends with
 * the request.
 */
export async function loadStatsInWorker(
  timing: StatsTiming,
  listeners: StatsListeners<StatsReport>,
): Promise<StatsReport> {
  const worker = new Worker(new URL('../stats-worker.ts', import.meta.url), { type: 'module' });
  const client = connectWorker<StatsJobMap>(worker);
  const onProgress = (progress: StatsProgress) => {
    if (progress.type === 'progress') listeners.onProgress?.(progress.done, progress.total);
    else listeners.onPreview?.(progress.report);
  };
  try {
    return await client.start('load', timing, { onProgress }).done;
  } finally {
    client.close();
  }
}
