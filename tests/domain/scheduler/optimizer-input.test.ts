import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collectHistories,
  countElapsedDays,
  countHistoryReviews,
  isSchedulingReview,
  type OptimizerReview,
  type ReviewHistory,
  toTrainingSet,
} from '../../../src/domain/scheduler/optimizer-input';
import type { ReviewMode, ReviewRating } from '../../../src/domain/scheduler/types';

const minute = 60_000;
const day = 24 * 60 * minute;
/** 2026-03-10 09:00 UTC. */
const start = Date.UTC(2026, 2, 10, 9);

function review(
  id: string,
  cardId: string,
  reviewedAt: number,
  rating: ReviewRating = 3,
  mode: ReviewMode = 'review',
): OptimizerReview {
  return { id, cardId, reviewedAt, rating, mode };
}

function unpack(set: ReturnType<typeof toTrainingSet>) {
  const items: { ratings: number[]; deltaTs: number[] }[] = [];
  let offset = 0;
  for (const length of set.lengths) {
    items.push({
      ratings: [...set.ratings.slice(offset, offset + length)],
      deltaTs: [...set.deltaTs.slice(offset, offset + length)],
    });
    offset += length;
  }
  return items;
}

describe('isSchedulingReview', () => {
  it('counts ratings from review, write and mock interview, not resets or practice', () => {
    expect(isSchedulingReview({ rating: 3, mode: 'review' })).toBe(true);
    expect(isSchedulingReview({ rating: 1, mode: 'write' })).toBe(true);
    expect(isSchedulingReview({ rating: 4, mode: 'mock' })).toBe(true);
    expect(isSchedulingReview({ rating: 0, mode: 'review' })).toBe(false);
    expect(isSchedulingReview({ rating: 3, mode: 'choice' })).toBe(false);
    expect(isSchedulingReview({ rating: 3, mode: 'cram' })).toBe(false);
  });
});

describe('collectHistories', () => {
  it('groups reviews by card in time order, ties broken by id, whatever order they come in', () => {
    const histories = collectHistories([
      review('r4', 'b', start + 2 * day, 1),
      review('r2', 'a', start + day, 2),
      review('r3', 'a', start + day, 4),
      review('r1', 'a', start, 3),
    ]);
    expect(histories).toEqual([
      { cardId: 'b', ratings: [1], times: [start + 2 * day] },
      { cardId: 'a', ratings: [3, 2, 4], times: [start, start + day, start + day] },
    ]);
  });

  it('leaves practice out, and starts a card again after a reset', () => {
    const histories = collectHistories([
      review('r1', 'a', start, 3),
      review('r2', 'a', start + day, 3, 'choice'),
      review('r3', 'a', start + 2 * day, 1),
      review('r4', 'a', start + 3 * day, 0),
      review('r5', 'a', start + 4 * day, 4, 'write'),
      review('r6', 'a', start + 5 * day, 3, 'cram'),
      review('r7', 'b', start, 2, 'choice'),
      review('r8', 'c', start, 3),
      review('r9', 'c', start + day, 0),
    ]);
    expect(histories).toEqual([{ cardId: 'a', ratings: [4], times: [start + 4 * day] }]);
    expect(countHistoryReviews(histories)).toBe(1);
  });
});

describe('countElapsedDays', () => {
  it('counts calendar days in UTC, as ts-fsrs does: late evening to early morning is a day', () => {
    expect(countElapsedDays(Date.UTC(2026, 2, 10, 23, 30), Date.UTC(2026, 2, 11, 0, 30))).toBe(1);
    expect(countElapsedDays(Date.UTC(2026, 2, 10, 0, 30), Date.UTC(2026, 2, 10, 23, 30))).toBe(0);
    expect(countElapsedDays(start, start + 5 * day + 3 * minute)).toBe(5);
  });

  it('never goes below zero when a clock went back', () => {
    expect(countElapsedDays(start + 2 * day, start)).toBe(0);
  });
});

describe('toTrainingSet', () => {
  it('makes one item per review a day or more after the last: the history up to it', () => {
    const a: ReviewHistory = {
      cardId: 'a',
      ratings: [3, 3, 3, 1],
      // First review, 10 minutes later (same day), then 2 and 5 days later.
      times: [start, start + 10 * minute, start + 2 * day, start + 7 * day],
    };
    const b: ReviewHistory = { cardId: 'b', ratings: [4], times: [start] };
    const c: ReviewHistory = { cardId: 'c', ratings: [1, 3], times: [start, start + day] };
    const set = toTrainingSet([a, b, c]);
    expect(unpack(set)).toEqual([
      { ratings: [3, 3, 3], deltaTs: [0, 0, 2] },
      { ratings: [3, 3, 3, 1], deltaTs: [0, 0, 2, 5] },
      { ratings: [1, 3], deltaTs: [0, 1] },
    ]);
    expect([...set.lengths]).toEqual([3, 4, 2]);
  });

  it('gives nothing to train on for cards reviewed once or only within a day', () => {
    const set = toTrainingSet([
      { cardId: 'a', ratings: [3], times: [start] },
      { cardId: 'b', ratings: [1, 3, 3], times: [start, start + minute, start + 10 * minute] },
    ]);
    expect(set.lengths).toHaveLength(0);
    expect(set.ratings).toHaveLength(0);
  });

  it('lays out items end to end, each a prefix of a history ending a day or more after the review before', () => {
    const historyArb = fc
      .array(
        fc.record({
          rating: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
          gap: fc.constantFrom(0, 5 * minute, 20 * 60 * minute, day, 3 * day, 40 * day),
        }),
        { minLength: 1, maxLength: 12 },
      )
      .map((steps): ReviewHistory => {
        let time = start;
        const times = steps.map(({ gap }) => {
          time += gap;
          return time;
        });
        return { cardId: 'card', ratings: steps.map((step) => step.rating), times };
      });
    fc.assert(
      fc.property(fc.array(historyArb, { maxLength: 6 }), (histories) => {
        const set = toTrainingSet(histories);
        const total = [...set.lengths].reduce((sum, length) => sum + length, 0);
        expect(set.ratings).toHaveLength(total);
        expect(set.deltaTs).toHaveLength(total);
        const expectedItems = histories.flatMap((history) =>
          history.times.flatMap((time, i) => {
            const previous = history.times[i - 1];
            return previous !== undefined && countElapsedDays(previous, time) > 0
              ? [history.ratings.slice(0, i + 1)]
              : [];
          }),
        );
        expect(unpack(set).map((item) => item.ratings)).toEqual(expectedItems);
        for (const item of unpack(set)) expect(item.deltaTs[0]).toBe(0);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
