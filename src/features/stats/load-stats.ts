import type { StatsReport } from '../../domain/stats/stats-report';
import { loadStatsReport, type StatsListeners } from '../../storage/stats-repo';
import { readTimezoneOffset } from '../../stores/clock';
import { getDatabase } from '../../stores/database';
import { loadStatsInWorker } from '../../workers/clients/stats-client';
import type { StatsTiming } from '../../workers/stats-messages';

/**
 * The Stats screen's figures. In a browser a worker reads and computes them, so a year of
 * reviews never blocks the page; where there is no worker (tests), or the worker cannot
 * start or fails, the page does the same work itself.
 */
export async function loadStats(
  timing: StatsTiming,
  listeners: StatsListeners<StatsReport>,
): Promise<StatsReport> {
  if (typeof Worker === 'function') {
    const report = await loadStatsInWorker(timing, listeners).catch(() => null);
    if (report !== null) return report;
  }
  const clock = { ...timing, tzOffsetAt: readTimezoneOffset };
  return loadStatsReport(getDatabase(), clock, listeners);
}
