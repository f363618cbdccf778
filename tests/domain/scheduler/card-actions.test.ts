import { describe, expect, it } from 'vitest';
import { State } from '../../../src/domain/card-state';
import { buryCard, resetCard } from '../../../src/domain/scheduler/card-actions';
import { undoRating } from '../../../src/domain/scheduler/rate-card';
import { rateOnce, start } from './scheduler-fixtures';

describe('buryCard', () => {
  it('hides a new card until the next 04:00 local, as a state-0 row', () => {
    // start is 09:00 UTC = 10:00 in UTC+1, so the next study day starts at 03:00 UTC tomorrow.
    const row = buryCard(null, 'deck/card', 'deck', start, 4, -60);
    expect(row).toMatchObject({
      cardId: 'deck/card',
      deckId: 'deck',
      state: State.New,
      reps: 0,
      lastReview: null,
    });
    expect(row.buriedUntil).toBe(Date.UTC(2026, 10, 24, 3));
  });

  it('keeps a scheduled card as it is, only buried', () => {
    const { schedule } = rateOnce(null, 3, start);
    expect(buryCard(schedule, 'deck/card', 'deck', start + 1000, 4, 0)).toEqual({
      ...schedule,
      buriedUntil: Date.UTC(2026, 10, 24, 4),
    });
  });

  it('gives a rated-after-bury new card the same schedule as an unburied one', () => {
    const buried = buryCard(null, 'deck/card', 'deck', start, 4, 0);
    const later = start + 86_400_000;
    expect(rateOnce(buried, 3, later).schedule).toEqual(rateOnce(null, 3, later).schedule);
  });
});

describe('resetCard', () => {
  it('makes the card new and records an undoable rating-0 review', () => {
    const { schedule } = rateOnce(null, 4, start);
    const reset = resetCard({
      before: schedule,
      cardId: 'deck/card',
      deckId: 'deck',
      now: start + 5000,
      reviewId: 'reset-1',
    });
    expect(reset.schedule).toBeNull();
    expect(reset.review).toMatchObject({
      id: 'reset-1',
      rating: 0,
      mode: 'review',
      reviewedAt: start + 5000,
      durationMs: 0,
      state: schedule.state,
      stability: schedule.stability,
      before: schedule,
    });
    expect(undoRating(reset.review)).toEqual(schedule);
  });
});
