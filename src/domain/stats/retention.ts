import { listRecentDays } from './daily-reviews';
import type { DailyTally } from './daily-tally';

/**
 * True retention over a period: of the reviews of cards in review state, the share not rated
 * Again. `rate` is null when there was no such review.
 */
export type RetentionPoint = { date: string; passed: number; total: number; rate: number | null };

/** True retention of each of the last `count` study days, oldest first. */
export function computeRetentionByDay(tally: DailyTally, count: number): RetentionPoint[] {
  return listRecentDays(tally, count).map((i) => toPoint(tally, tally.days.dates[i] ?? '', [i]));
}

/**
 * True retention of each week (Monday to Sunday) of the last `count` weeks, oldest first; the
 * current week runs up to today, and `date` is the week's first day in the tally.
 */
export function computeRetentionByWeek(tally: DailyTally, count: number): RetentionPoint[] {
  const weeks: number[][] = [];
  for (let i = 0; i <= tally.days.todayIndex; i += 1) {
    if (weeks.length === 0 || tally.days.weekdays[i] === 0) weeks.push([]);
    weeks[weeks.length - 1]?.push(i);
  }
  return weeks
    .slice(-count)
    .map((days) => toPoint(tally, tally.days.dates[days[0] ?? 0] ?? '', days));
}

/** True retention over the last `count` study days together. */
export function computeRetentionOver(tally: DailyTally, count: number): RetentionPoint {
  const days = listRecentDays(tally, count);
  return toPoint(tally, tally.days.dates[days[0] ?? 0] ?? '', days);
}

function toPoint(tally: DailyTally, date: string, days: readonly number[]): RetentionPoint {
  let passed = 0;
  let total = 0;
  for (const i of days) {
    passed += tally.retentionPassed[i] ?? 0;
    total += tally.retentionTotal[i] ?? 0;
  }
  return { date, passed, total, rate: total === 0 ? null : passed / total };
}
