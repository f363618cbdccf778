import type { DailyTally } from './daily-tally';

/**
 * Consecutive study days with at least one review, up to today, or up to yesterday while
 * today has none yet. `isAtLeast` says the streak reaches the tally's first day, so it may
 * be longer than the tally can tell.
 */
export type Streak = { days: number; isAtLeast: boolean };

export function computeStreak(tally: DailyTally): Streak {
  const today = tally.days.todayIndex;
  let day = (tally.reviews[today] ?? 0) > 0 ? today : today - 1;
  let days = 0;
  while (day >= 0 && (tally.reviews[day] ?? 0) > 0) {
    days += 1;
    day -= 1;
  }
  return { days, isAtLeast: days > 0 && day < 0 };
}
