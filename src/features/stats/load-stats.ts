import { readTimezoneOffset } from '../../data/services/clock';
import { getDatabase } from '../../data/services/database';
import type { StatsRequest, StatsResponse } from '../../domain/stats/stats-messages';
import type { StatsReport } from '../../domain/stats/stats-report';
import { loadStatsReport, type StatsListeners } from '../../storage/stats-repo';

type Timing = { now: number; dayStartHour: number };

type Outcome = Extract<StatsResponse, { type: 'done' | 'failed' }>;

/**
 * The Stats screen's figures. In a browser a worker reads and computes them, so a year of
 * reviews never blocks the page; where there is no worker (tests), or the worker cannot
 * start, the page does the same work itself.
 */
export async function loadStats(
  timing: Timing,
  listeners: StatsListeners<StatsReport>,
): Promise<StatsReport> {
  if (typeof Worker === 'function') {
    const outcome = await loadStatsInWorker(timing, listeners).catch(
      (): Outcome => ({ type: 'failed', message: 'the worker did not start' }),
    );
    if (outcome.type === 'done') return outcome.report;
  }
  const clock = { ...timing, tzOffsetAt: readTimezoneOffset };
  return loadStatsReport(getDatabase(), clock, listeners);
}

function loadStatsInWorker(
  timing: Timing,
  listeners: StatsListeners<StatsReport>,
): Promise<Outcome> {
  const worker = new Worker(new URL('../../workers/stats-worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<Outcome>((resolve, reject) => {
    worker.addEventListener('message', (message: MessageEvent<StatsResponse>) => {
      const response = message.data;
      if (response.type === 'progress') listeners.onProgress?.(response.done, response.total);
      else if (response.type === 'preview') listeners.onPreview?.(response.report);
      else resolve(response);
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message)));
    const request: StatsRequest = { type: 'load', ...timing };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
