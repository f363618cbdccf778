import type { StatsReport } from '../domain/stats/stats-report';
import type { JobSpec } from './transport/job-messages';

// The stats worker's one job. The worker reads its own time zone offsets (the page's Date and
// the worker's agree), so the request carries only plain values.

export type StatsTiming = { now: number; dayStartHour: number };

/** The review aggregates being built (once, after the upgrade): `done` reviews of `total`. */
export type StatsProgress = { type: 'build'; done: number; total: number };

export type StatsJobMap = {
  load: JobSpec<StatsTiming, StatsProgress, StatsReport>;
  /** Builds the review aggregates if the upgrade left them to build; nothing else. */
  build: JobSpec<null, StatsProgress, void>;
};
