import { describe, expect, it } from 'vitest';
import {
  computeDeckAllowances,
  hasReviewCaps,
  spendDeckAllowance,
} from '../../../src/domain/scheduler/deck-caps';
import type { ReviewRow, ScheduleRow } from '../../../src/domain/scheduler/types';
import { day, start } from './scheduler-fixtures';

const dayStart = start - 5 * 3_600_000;
let reviewCount = 0;

function review(deckId: string, before: ScheduleRow['state'] | null, at = start): ReviewRow {
  const row: ScheduleRow | null =
    before === null
      ? null
      : {
          cardId: 'x',
          deckId,
          due: at,
          stability: 3,
          difficulty: 5,
          elapsedDays: 1,
          scheduledDays: 1,
          learningSteps: 0,
          reps: 2,
          lapses: 0,
          state: before,
          lastReview: at - day,
          buriedUntil: null,
        };
  reviewCount += 1;
  return {
    id: `review-${reviewCount}`,
    cardId: 'x',
    deckId,
    rating: 3,
    mode: 'review',
    reviewedAt: at,
    durationMs: 1000,
    state: before ?? 0,
    due: at,
    stability: 3,
    difficulty: 5,
    elapsedDays: 1,
    lastElapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    before: row,
  };
}

describe('computeDeckAllowances', () => {
  it("subtracts what today's ratings in each capped deck used from its own caps", () => {
    const reviews = [
      review('a', null),
      review('a', 2),
      review('a', 2),
      review('a', 1),
      review('b', null),
      review('a', 2, dayStart - 1),
    ];
    const allowances = computeDeckAllowances(
      { a: { newCardsPerDay: 3, maxReviewsPerDay: 2 }, b: { newCardsPerDay: 1 } },
      reviews,
      dayStart,
    );
    expect(allowances.get('a')).toEqual({ newCards: 2, reviews: 0 });
    expect(allowances.get('b')).toEqual({ newCards: 0, reviews: Number.POSITIVE_INFINITY });
    expect(allowances.has('c')).toBe(false);
    expect(hasReviewCaps(allowances)).toBe(true);
  });

  it('has nothing to say when no deck has limits of its own', () => {
    const allowances = computeDeckAllowances({}, [review('a', 2)], dayStart);
    expect(allowances.size).toBe(0);
    expect(hasReviewCaps(allowances)).toBe(false);
    expect(hasReviewCaps(computeDeckAllowances({ a: { newCardsPerDay: 1 } }, [], dayStart))).toBe(
      false,
    );
  });
});

describe('spendDeckAllowance', () => {
  it("takes one rating off its own capped deck's allowance, as a fresh count of today would", () => {
    const limits = { alpha: { newCardsPerDay: 2, maxReviewsPerDay: 3 } };
    const before = computeDeckAllowances(limits, [], dayStart);
    const spent = spendDeckAllowance(before, 'alpha', { newCount: 1, reviewCount: 0 });
    expect(spent).toEqual(computeDeckAllowances(limits, [review('alpha', null)], dayStart));
    expect(before.get('alpha')).toEqual({ newCards: 2, reviews: 3 });
    expect(spendDeckAllowance(spent, 'beta', { newCount: 0, reviewCount: 1 })).toBe(spent);
  });
});
