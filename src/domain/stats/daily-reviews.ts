import type { DailyTally } from './daily-tally';

export type DailyReviews = { date: string; reviews: number; practice: number };

/** The last `count` study days up to today, oldest first. */
export function listDailyReviews(tally: DailyTally, count: number): DailyReviews[] {
  return listRecentDays(tally, count).map((i) => ({
    date: tally.days.dates[i] ?? '',
    reviews: tally.reviews[i] ?? 0,
    practice: tally.practice[i] ?? 0,
  }));
}

/** Indexes of the last `count` days up to today that the tally holds, oldest first. */
export function listRecentDays(tally: DailyTally, count: number): number[] {
  const last = tally.days.todayIndex;
  const first = Math.max(0, last - count + 1);
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}
