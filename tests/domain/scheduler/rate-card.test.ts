import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { State } from '../../../src/domain/card-state';
import { isPracticeMode, undoRating } from '../../../src/domain/scheduler/rate-card';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import type { ScheduleRow } from '../../../src/domain/scheduler/types';
import {
  day,
  minute,
  noFuzz,
  rateOnce,
  rateSteps,
  ratingArb,
  settingsArb,
  start,
  stepArb,
} from './scheduler-fixtures';

/** A card in review state, last rated Good on `start`, due again after `days`. */
function reviewCard(days: number): ScheduleRow {
  return {
    cardId: 'deck/card',
    deckId: 'deck',
    due: start + days * day,
    stability: days,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: days,
    learningSteps: 0,
    reps: 4,
    lapses: 0,
    state: State.Review,
    lastReview: start,
    buriedUntil: null,
  };
}

describe('rateCard', () => {
  it('walks a new card through the 1m and 10m learning steps', () => {
    const first = rateOnce(null, 3, start);
    expect(first.schedule).toMatchObject({
      state: State.Learning,
      due: start + 10 * minute,
      reps: 1,
    });
    expect(first.review).toMatchObject({
      rating: 3,
      before: null,
      reviewedAt: start,
      mode: 'review',
    });
    const again = rateOnce(first.schedule, 1, start + 11 * minute);
    expect(again.schedule).toMatchObject({ state: State.Learning, due: start + 12 * minute });
    const graduated = rateOnce(again.schedule, 3, start + 13 * minute);
    expect(graduated.schedule).toMatchObject({ state: State.Learning, due: start + 23 * minute });
    const review = rateOnce(graduated.schedule, 3, start + 24 * minute);
    expect(review.schedule.state).toBe(2);
    expect(review.schedule.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it('sends a lapsed review card to relearning for 10 minutes', () => {
    const now = start + 30 * day;
    const { schedule } = rateOnce(reviewCard(30), 1, now);
    expect(schedule).toMatchObject({ state: State.Relearning, due: now + 10 * minute, lapses: 1 });
  });

  it('keeps a bury from surviving a rating', () => {
    const buried = { ...reviewCard(3), buriedUntil: start + 4 * day };
    expect(rateOnce(buried, 3, start + 3 * day).schedule.buriedUntil).toBeNull();
  });

  it('stores a copy of the row before, unaffected by later changes to it', () => {
    const before = reviewCard(10);
    const { review } = rateOnce(before, 3, start + 10 * day);
    before.stability = 99;
    expect(review.before).toEqual(reviewCard(10));
  });

  it('spreads review dates with fuzz on, and not with fuzz off', () => {
    const goodDays = (settings = defaultSchedulerSettings) =>
      new Set(
        Array.from({ length: 40 }, (_, i) => {
          const now = start + 30 * day + i * 7 * minute;
          return rateOnce(reviewCard(30), 3, now, settings).schedule.scheduledDays;
        }),
      );
    expect(goodDays().size).toBeGreaterThan(3);
    expect(goodDays(noFuzz).size).toBe(1);
  });

  it('records practice without moving the schedule', () => {
    expect(isPracticeMode('choice')).toBe(true);
    expect(isPracticeMode('write')).toBe(false);
    const before = reviewCard(5);
    const practice = rateOnce(before, 1, start + day, defaultSchedulerSettings, 'cram');
    expect(practice.schedule).toEqual(before);
    expect(practice.review).toMatchObject({ mode: 'cram', rating: 1, before });
    const fresh = rateOnce(null, 4, start, defaultSchedulerSettings, 'choice');
    expect(fresh.schedule).toMatchObject({ state: State.New, reps: 0, buriedUntil: null });
  });

  it('never rates a card before its last review when the clock went back', () => {
    const rated = rateOnce(reviewCard(5), 3, start - day);
    expect(rated.review.reviewedAt).toBe(start);
    expect(rated.schedule.lastReview).toBe(start);
  });
});

describe('undoRating', () => {
  it('gives back null for a card that was new', () => {
    expect(undoRating(rateOnce(null, 3, start).review)).toBeNull();
  });

  it('restores exactly the row before any rating (property)', () => {
    const prop = fc.property(
      fc.array(stepArb, { maxLength: 12 }),
      ratingArb,
      fc.integer({ min: 0, max: 60 * day }),
      settingsArb,
      (steps, rating, gap, settings) => {
        const { row, now } = rateSteps(steps, settings);
        const snapshot = row === null ? null : { ...row };
        const { review } = rateOnce(row, rating, now + gap, settings);
        expect(undoRating(review)).toEqual(snapshot);
      },
    );
    fc.assert(prop, { seed: 42, numRuns: 300 });
  });
});
