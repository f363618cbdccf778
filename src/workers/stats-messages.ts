import type { StatsReport } from './stats-report';

// What the page and the stats worker say to each other. The worker reads its own time zone
// offsets (the page's Date and the worker's agree), so the request carries only plain values.

export type StatsRequest = { type: 'load'; now: number; dayStartHour: number };

export type StatsResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'preview'; report: StatsReport }
  | { type: 'done'; report: StatsReport }
  | { type: 'failed'; message: string };
