import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { State } from '../../../src/domain/card-state';
import { buryCard, resetCard } from '../../../src/domain/scheduler/card-actions';
import { rateCard } from '../../../src/domain/scheduler/rate-card';
import { replayReviews } from '../../../src/domain/scheduler/replay';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import type { ReviewMode, ReviewRow, ScheduleRow } from '../../../src/domain/scheduler/types';
import {
  day,
  gapArb,
  rateOnce,
  rateSteps,
  ratingArb,
  settingsArb,
  start,
  stepArb,
} from './scheduler-fixtures';

type Action =
  | { kind: 'rate'; rating: 1 | 2 | 3 | 4; mode: ReviewMode; gap: number }
  | { kind: 'reset'; gap: number }
  | { kind: 'bury'; gap: number };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('rate'),
      rating: ratingArb,
      mode: fc.constantFrom<ReviewMode>('review', 'write', 'mock', 'choice', 'cram'),
      gap: gapArb,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset'), gap: gapArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bury'), gap: gapArb }) },
);

/** Applies actions as the app does; returns the stored row and the review rows written. */
function perform(actions: readonly Action[], settings = defaultSchedulerSettings) {
  let row: ScheduleRow | null = null;
  let now = start;
  const reviews: ReviewRow[] = [];
  actions.forEach((action, i) => {
    now += action.gap;
    const common = {
      cardId: 'deck/card',
      deckId: 'deck',
      now,
      reviewId: `r${String(i).padStart(4, '0')}`,
    };
    if (action.kind === 'bury') {
      row = buryCard(row, 'deck/card', 'deck', now, 4, -60);
      return;
    }
    const done =
      action.kind === 'reset'
        ? resetCard({ ...common, before: row })
        : rateCard({
            ...common,
            before: row,
            rating: action.rating,
            mode: action.mode,
            durationMs: 1,
            settings,
          });
    row = done.schedule;
    reviews.push(done.review);
  });
  return { row, reviews };
}

/** A state-0 row without an active bury is how storage may keep a new card: the same as no row. */
function asSchedule(row: ScheduleRow | null): ScheduleRow | null {
  if (row === null || row.state === State.New) return null;
  return { ...row, buriedUntil: null };
}

describe('replayReviews', () => {
  it('gives null for a card without reviews', () => {
    expect(replayReviews('deck/card', 'deck', [], defaultSchedulerSettings)).toBeNull();
  });

  it('replays in time order whatever order the rows come in, ignoring other cards', () => {
    const { row, reviews } = rateSteps(
      [
        { rating: 3, gap: 0, mode: 'review' },
        { rating: 3, gap: 11 * 60_000, mode: 'review' },
        { rating: 2, gap: 3 * day, mode: 'write' },
      ],
      defaultSchedulerSettings,
    );
    const other = { ...rateOnce(null, 1, start).review, id: 'x', cardId: 'deck/other' };
    const shuffled = [reviews[2], other, reviews[0], reviews[1]].filter((r) => r !== undefined);
    expect(replayReviews('deck/card', 'deck', shuffled, defaultSchedulerSettings)).toEqual(row);
  });

  it('treats a reset as making the card new again', () => {
    const first = rateOnce(null, 3, start);
    const reset = resetCard({
      before: first.schedule,
      cardId: 'deck/card',
      deckId: 'deck',
      now: start + 1,
      reviewId: 'z',
    });
    expect(
      replayReviews('deck/card', 'deck', [first.review, reset.review], defaultSchedulerSettings),
    ).toBeNull();
  });

  it('equals rating step by step, exactly (property)', () => {
    const prop = fc.property(
      fc.array(stepArb, { minLength: 1, maxLength: 20 }),
      settingsArb,
      (steps, settings) => {
        const { row, reviews } = rateSteps(steps, settings);
        const shuffled = [...reviews].reverse();
        expect(replayReviews('deck/card', 'deck', shuffled, settings)).toEqual(row);
      },
    );
    fc.assert(prop, { seed: 42, numRuns: 200 });
  });

  it('equals step by step with practice, resets and buries mixed in (property)', () => {
    const prop = fc.property(
      fc.array(actionArb, { maxLength: 20 }),
      settingsArb,
      (actions, settings) => {
        const { row, reviews } = perform(actions, settings);
        expect(replayReviews('deck/card', 'deck', reviews, settings)).toEqual(asSchedule(row));
      },
    );
    fc.assert(prop, { seed: 42, numRuns: 200 });
  });
});
