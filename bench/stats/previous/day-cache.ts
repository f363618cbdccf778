// Version 3's cache of finished days, kept for the bench of the previous Stats read.
import type { DailyTally } from '../../../src/domain/stats/daily-tally';

/**
 * One finished study day's tally, kept between visits so a large history is read once. `rows`
 * is how many review rows the day held (resets and practice included), so the cache can be
 * checked against index counts, which read no row.
 */
export type CachedDay = {
  start: number;
  end: number;
  rows: number;
  reviews: number;
  practice: number;
  passed: number;
  total: number;
};

/** A run of consecutive study days, by index, both ends included. */
export type DayRun = [first: number, last: number];

/**
 * Puts the cached days into the tally where they still fit: finished (before today) and with
 * the same boundaries (the day start hour and the time zone unchanged). Returns how many fit.
 */
export function fillFromCache(tally: DailyTally, cached: readonly CachedDay[]): number {
  const byStart = new Map(cached.map((day) => [day.start, day]));
  const { starts, todayIndex } = tally.days;
  let filled = 0;
  for (let i = 0; i < todayIndex; i += 1) {
    const day = byStart.get(starts[i] ?? Number.NaN);
    if (day === undefined || day.end !== starts[i + 1]) continue;
    tally.rows[i] = day.rows;
    tally.reviews[i] = day.reviews;
    tally.practice[i] = day.practice;
    tally.retentionPassed[i] = day.passed;
    tally.retentionTotal[i] = day.total;
    filled += 1;
  }
  return filled;
}

/** The finished days of the tally that had rows, to cache. */
export function listCachedDays(tally: DailyTally): CachedDay[] {
  const { starts, todayIndex } = tally.days;
  const days: CachedDay[] = [];
  for (let i = 0; i < todayIndex; i += 1) {
    const rows = tally.rows[i] ?? 0;
    if (rows === 0) continue;
    days.push({
      start: starts[i] ?? 0,
      end: starts[i + 1] ?? 0,
      rows,
      reviews: tally.reviews[i] ?? 0,
      practice: tally.practice[i] ?? 0,
      passed: tally.retentionPassed[i] ?? 0,
      total: tally.retentionTotal[i] ?? 0,
    });
  }
  return days;
}

/** How many rows the tally holds for the days of `run`. */
export function sumRows(tally: DailyTally, [first, last]: DayRun): number {
  let rows = 0;
  for (let i = first; i <= last; i += 1) rows += tally.rows[i] ?? 0;
  return rows;
}

/** Empties the days of `run`, before they are read again. */
export function clearDays(tally: DailyTally, [first, last]: DayRun): void {
  for (const column of [
    tally.rows,
    tally.reviews,
    tally.practice,
    tally.retentionPassed,
    tally.retentionTotal,
  ]) {
    column.fill(0, first, last + 1);
  }
}

/** The finished days as weeks (Monday to Sunday; the first and the last may be shorter). */
export function listFinishedWeeks(tally: DailyTally): DayRun[] {
  const { weekdays, todayIndex } = tally.days;
  const weeks: DayRun[] = [];
  for (let i = 0; i < todayIndex; i += 1) {
    const week = weeks[weeks.length - 1];
    if (week === undefined || weekdays[i] === 0) weeks.push([i, i]);
    else week[1] = i;
  }
  return weeks;
}

/** Days `first` to `last` cut into runs of at most `maxDays`. */
export function splitDays([first, last]: DayRun, maxDays: number): DayRun[] {
  const runs: DayRun[] = [];
  for (let start = first; start <= last; start += maxDays) {
    runs.push([start, Math.min(last, start + maxDays - 1)]);
  }
  return runs;
}

const FIELDS = ['start', 'end', 'rows', 'reviews', 'practice', 'passed', 'total'] as const;

/** The cached days as stored, or none when the value is not a list of days. */
export function parseCachedDays(value: unknown): CachedDay[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isCachedDay);
}

function isCachedDay(value: unknown): value is CachedDay {
  if (typeof value !== 'object' || value === null) return false;
  return FIELDS.every((field) => Number.isFinite(Reflect.get(value, field)));
}
