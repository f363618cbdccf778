import type { ReviewFact } from '../../../src/domain/stats/daily-tally';
import type { StudyDayClock } from '../../../src/domain/stats/study-days';

/** Thursday 2026-11-26, 12:00 local in UTC+2 (offset -120); study days start at 04:00 local. */
export const thursdayNoon = Date.UTC(2026, 10, 26, 10);

export function clockAt(now: number, tzOffset = -120, dayStartHour = 4): StudyDayClock {
  return { now, dayStartHour, tzOffsetAt: () => tzOffset };
}

/** A UTC instant in November 2026. */
export function nov(day: number, hour: number, minute = 0): number {
  return Date.UTC(2026, 10, day, hour, minute);
}

export function review(
  reviewedAt: number,
  rating: ReviewFact['rating'],
  state: ReviewFact['state'] = 2,
  mode: ReviewFact['mode'] = 'review',
): ReviewFact {
  return { reviewedAt, rating, state, mode };
}
