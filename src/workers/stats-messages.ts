import type { StatsReport } from '../domain/stats/stats-report';
import type { JobSpec } from './transport/job-messages';

// The stats worker's one job. The worker reads its own time zone offsets (the page's Date and
// the worker's agree), so the request carries only plain values.

export type StatsTiming = { now: number; dayStartHour: number };

export type StatsProgress =
  | { type: 'progress'; done: number; total: number }
  /** The figures of the reviews read so far, shown while the rest are read. */
  | { type: 'preview'; report: StatsReport };

export type StatsJobMap = {
  load: JobSpec<StatsTiming, StatsProgress, StatsReport>;
};
