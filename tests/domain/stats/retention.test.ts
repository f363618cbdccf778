import { describe, expect, it } from 'vitest';
import { tallyReviews } from '../../../src/domain/stats/daily-tally';
import {
  computeRetentionByDay,
  computeRetentionByWeek,
  computeRetentionOver,
} from '../../../src/domain/stats/retention';
import { listStudyDays } from '../../../src/domain/stats/study-days';
import { clockAt, nov, review, thursdayNoon } from './stats-fixtures';

const log = [
  review(nov(17, 9), 3),
  review(nov(17, 10), 4),
  review(nov(17, 11), 2),
  review(nov(17, 12), 1), // Tuesday 17th: 3 of 4 not Again
  review(nov(24, 9), 1),
  review(nov(24, 10), 1), // Tuesday 24th: 0 of 2
  review(nov(25, 9), 1, 1), // a learning card: not retention
];

// Monday 16th to Thursday 26th (today).
const tally = tallyReviews(log, listStudyDays(clockAt(thursdayNoon), 10, 0));

describe('true retention', () => {
  it('is the share of review-state reviews not rated Again, per day', () => {
    const byDay = computeRetentionByDay(tally, 3);
    expect(byDay).toEqual([
      { date: '2026-11-24', passed: 0, total: 2, rate: 0 },
      { date: '2026-11-25', passed: 0, total: 0, rate: null },
      { date: '2026-11-26', passed: 0, total: 0, rate: null },
    ]);
    expect(computeRetentionByDay(tally, 30)).toHaveLength(11);
    expect(computeRetentionByDay(tally, 30)[1]).toEqual({
      date: '2026-11-17',
      passed: 3,
      total: 4,
      rate: 0.75,
    });
  });

  it('groups weeks from Monday, the current one up to today', () => {
    expect(computeRetentionByWeek(tally, 53)).toEqual([
      { date: '2026-11-16', passed: 3, total: 4, rate: 0.75 },
      { date: '2026-11-23', passed: 0, total: 2, rate: 0 },
    ]);
    expect(computeRetentionByWeek(tally, 1)).toEqual([
      { date: '2026-11-23', passed: 0, total: 2, rate: 0 },
    ]);
  });

  it('starts a partial first week at the first day it has', () => {
    const fromSaturday = tallyReviews(log, listStudyDays(clockAt(thursdayNoon), 5, 0));
    expect(computeRetentionByWeek(fromSaturday, 53).map((week) => week.date)).toEqual([
      '2026-11-21',
      '2026-11-23',
    ]);
  });

  it('sums a period: 3 of 6 over the last 30 days', () => {
    expect(computeRetentionOver(tally, 30)).toEqual({
      date: '2026-11-16',
      passed: 3,
      total: 6,
      rate: 0.5,
    });
  });
});
