import { describe, expect, it } from 'vitest';
import { createDailyTally, tallyReviews } from '../../../src/domain/stats/daily-tally';
import {
  clearDays,
  fillFromCache,
  listCachedDays,
  listFinishedWeeks,
  parseCachedDays,
  splitDays,
  sumRows,
} from '../../../src/domain/stats/day-cache';
import { listStudyDays } from '../../../src/domain/stats/study-days';
import { clockAt, nov, review, thursdayNoon } from './stats-fixtures';

// 24th, 25th and 26th (today); each starts at 02:00 UTC.
const days = listStudyDays(clockAt(thursdayNoon), 2, 0);
const log = [
  review(nov(24, 9), 3),
  review(nov(24, 10), 1),
  review(nov(24, 11), 0), // a reset: a row, but no review
  review(nov(25, 9), 3, 2, 'cram'),
  review(nov(26, 9), 4),
];
const cached = listCachedDays(tallyReviews(log, days));

describe('listCachedDays', () => {
  it('keeps the finished days with rows, not today', () => {
    expect(cached).toEqual([
      { start: nov(24, 2), end: nov(25, 2), rows: 3, reviews: 2, practice: 0, passed: 1, total: 2 },
      { start: nov(25, 2), end: nov(26, 2), rows: 1, reviews: 0, practice: 1, passed: 0, total: 0 },
    ]);
  });
});

describe('fillFromCache', () => {
  it('puts back the finished days, never today', () => {
    const tally = createDailyTally(days);
    const [first] = cached;
    if (first === undefined) throw new Error('nothing cached');
    const today = { ...first, start: nov(26, 2), end: nov(27, 2) };
    expect(fillFromCache(tally, [...cached, today])).toBe(2);
    expect([...tally.rows]).toEqual([3, 1, 0]);
    expect([...tally.reviews]).toEqual([2, 0, 0]);
    expect([...tally.practice]).toEqual([0, 1, 0]);
    expect([...tally.retentionPassed]).toEqual([1, 0, 0]);
    expect(sumRows(tally, [0, 1])).toBe(4);
  });

  it('skips days cached with other boundaries (another day start hour)', () => {
    const shifted = cached.map((day) => ({ ...day, end: day.end + 3_600_000 }));
    const tally = createDailyTally(days);
    expect(fillFromCache(tally, shifted)).toBe(0);
    expect(sumRows(tally, [0, 2])).toBe(0);
  });
});

describe('clearDays', () => {
  it('empties every column of the days given, and only those', () => {
    const tally = tallyReviews(log, days);
    clearDays(tally, [0, 0]);
    expect([...tally.rows]).toEqual([0, 1, 1]);
    expect([...tally.retentionTotal]).toEqual([0, 0, 1]);
  });
});

describe('listFinishedWeeks and splitDays', () => {
  it('cuts the finished days at Mondays', () => {
    // Saturday 14th to Thursday 26th (today).
    const tally = createDailyTally(listStudyDays(clockAt(thursdayNoon), 12, 0));
    expect(listFinishedWeeks(tally)).toEqual([
      [0, 1],
      [2, 8],
      [9, 11],
    ]);
  });

  it('cuts a run of days into runs no longer than the limit', () => {
    expect(splitDays([0, 6], 3)).toEqual([
      [0, 2],
      [3, 5],
      [6, 6],
    ]);
    expect(splitDays([4, 4], 14)).toEqual([[4, 4]]);
  });
});

describe('parseCachedDays', () => {
  it('keeps well-formed days and drops anything else', () => {
    const day = { start: 1, end: 2, rows: 3, reviews: 2, practice: 0, passed: 1, total: 2 };
    expect(parseCachedDays([day, { ...day, rows: 'x' }, null])).toEqual([day]);
    expect(parseCachedDays({ days: [day] })).toEqual([]);
  });
});
