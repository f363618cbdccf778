import { describe, expect, it } from 'vitest';
import { createDailyTally } from '../../../src/domain/stats/daily-tally';
import { computeStreak } from '../../../src/domain/stats/streak';
import { listStudyDays } from '../../../src/domain/stats/study-days';
import { clockAt, thursdayNoon } from './stats-fixtures';

/** A tally of five days, today last, with these reviews per day. */
function tallyOf(reviews: number[]) {
  const tally = createDailyTally(listStudyDays(clockAt(thursdayNoon), reviews.length - 1, 0));
  tally.reviews.set(reviews);
  return tally;
}

describe('computeStreak', () => {
  it('counts back from today when today has reviews', () => {
    expect(computeStreak(tallyOf([1, 0, 2, 3, 5]))).toEqual({ days: 3, isAtLeast: false });
  });

  it('counts back from yesterday while today has none yet', () => {
    expect(computeStreak(tallyOf([1, 0, 2, 3, 0]))).toEqual({ days: 2, isAtLeast: false });
  });

  it('is zero after a day without reviews', () => {
    expect(computeStreak(tallyOf([4, 4, 4, 0, 0]))).toEqual({ days: 0, isAtLeast: false });
    expect(computeStreak(tallyOf([0, 0, 0, 0, 0]))).toEqual({ days: 0, isAtLeast: false });
  });

  it('says "at least" when the streak reaches the first day it knows', () => {
    expect(computeStreak(tallyOf([1, 1, 1, 1, 1]))).toEqual({ days: 5, isAtLeast: true });
  });
});
