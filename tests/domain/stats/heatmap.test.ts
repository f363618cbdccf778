import { describe, expect, it } from 'vitest';
import { tallyReviews } from '../../../src/domain/stats/daily-tally';
import { buildHeatmap } from '../../../src/domain/stats/heatmap';
import { listStudyDays } from '../../../src/domain/stats/study-days';
import { clockAt, nov, review, thursdayNoon } from './stats-fixtures';

const reviewsOn = (day: number, count: number) =>
  Array.from({ length: count }, (_, i) => review(nov(day, 8, i), 3));

// Tuesday 17th to Thursday 26th (today).
const days = listStudyDays(clockAt(thursdayNoon), 9, 0);
const log = [...reviewsOn(17, 8), ...reviewsOn(20, 1), ...reviewsOn(24, 6), ...reviewsOn(26, 3)];

describe('buildHeatmap', () => {
  const heatmap = buildHeatmap(tallyReviews(log, days));

  it('lays the days out in weeks from Monday, with gaps before the first day and after today', () => {
    expect(heatmap.weeks).toHaveLength(2);
    const [first, second] = heatmap.weeks;
    expect(first?.days.map((day) => day?.date ?? null)).toEqual([
      null,
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(second?.days.map((day) => day?.reviews ?? null)).toEqual([0, 6, 0, 3, null, null, null]);
  });

  it('shades each day in quarters of the busiest day (8 reviews)', () => {
    const levels = heatmap.weeks.flatMap((week) => week.days.map((day) => day?.level ?? null));
    // 8 -> 4, 1 -> 1 (1/8 rounds up), 6 -> 3, 3 -> 2 (3/8 of 4 is 1.5, up to 2).
    expect(levels).toEqual([null, 4, 0, 0, 1, 0, 0, 0, 3, 0, 2, null, null, null]);
  });

  it('sums the year: reviews, active days and the busiest day', () => {
    expect(heatmap.totalReviews).toBe(18);
    expect(heatmap.activeDays).toBe(4);
    expect(heatmap.busiestDay).toEqual({ date: '2026-11-17', reviews: 8, level: 4 });
  });

  it('has no busiest day before the first review', () => {
    const empty = buildHeatmap(tallyReviews([], days));
    expect(empty.busiestDay).toBeNull();
    expect(empty.totalReviews).toBe(0);
  });
});
