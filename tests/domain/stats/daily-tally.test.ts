import { describe, expect, it } from 'vitest';
import { addReviewsToTally, tallyReviews } from '../../../src/domain/stats/daily-tally';
import { listStudyDays } from '../../../src/domain/stats/study-days';
import { clockAt, nov, review, thursdayNoon } from './stats-fixtures';

// Study days of 24, 25 and 26 November (today), starting 04:00 in UTC+2 = 02:00 UTC.
const log = [
  review(nov(23, 23), 3), // before the first day: skipped
  review(nov(24, 9), 3), // 24th, review state, passed
  review(nov(25, 1, 59), 1), // 03:59 local on the 25th: still the 24th; Again
  review(nov(25, 2), 3, 0), // 04:00 local: the 25th; a new card, no retention
  review(nov(25, 12), 2, 2, 'write'), // written answers count; Hard passes
  review(nov(25, 13), 3, 3, 'mock'), // relearning: a review, not retention
  review(nov(26, 8), 0), // manual reset: nowhere
  review(nov(26, 8, 30), 1, 2, 'choice'), // practice
  review(nov(26, 9), 4, 2, 'cram'), // practice
  review(nov(26, 9, 30), 4), // today, passed
];

describe('tallyReviews', () => {
  it('counts reviews, practice and true retention per study day, by hand', () => {
    const tally = tallyReviews(log, listStudyDays(clockAt(thursdayNoon), 2, 0));
    // Every row in the days counts as a row, the reset and the practice included.
    expect([...tally.rows]).toEqual([2, 3, 4]);
    expect([...tally.reviews]).toEqual([2, 3, 1]);
    expect([...tally.practice]).toEqual([0, 0, 2]);
    expect([...tally.retentionTotal]).toEqual([2, 1, 1]);
    expect([...tally.retentionPassed]).toEqual([1, 1, 1]);
  });

  it('moves the day boundary with the time zone: in UTC, 02:00 is before 04:00', () => {
    const tally = tallyReviews(log, listStudyDays(clockAt(thursdayNoon, 0), 2, 0));
    // The 24th's study day now runs to 04:00 UTC on the 25th, so it gains the 02:00 review.
    expect([...tally.reviews]).toEqual([3, 2, 1]);
    expect([...tally.retentionTotal]).toEqual([2, 1, 1]);
  });

  it('adds chunks in any order to the same totals', () => {
    const days = listStudyDays(clockAt(thursdayNoon), 2, 0);
    const tally = tallyReviews(log.slice(5), days);
    addReviewsToTally(tally, log.slice(0, 5));
    expect([...tally.reviews]).toEqual([2, 3, 1]);
    expect([...tally.retentionPassed]).toEqual([1, 1, 1]);
  });
});
