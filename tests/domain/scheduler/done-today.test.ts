import { describe, expect, it } from 'vitest';
import { resetCard } from '../../../src/domain/scheduler/card-actions';
import { countDoneToday } from '../../../src/domain/scheduler/done-today';
import { day, minute, rateOnce, start } from './scheduler-fixtures';

describe('countDoneToday', () => {
  it('counts new cards and reviews rated since the day start, not practice, steps or resets', () => {
    const dayStart = start - minute;
    const firstNew = rateOnce(null, 3, start);
    const step = rateOnce(firstNew.schedule, 3, start + 10 * minute);
    const review = rateOnce(step.schedule, 3, step.schedule.due);
    const practice = rateOnce(null, 3, start, undefined, 'choice');
    const yesterday = rateOnce(null, 3, start - day);
    const reset = resetCard({
      before: review.schedule,
      cardId: 'deck/card',
      deckId: 'deck',
      now: start,
      reviewId: 'x',
    });
    const reviews = [firstNew, step, review, practice, yesterday, reset].map((done) => done.review);
    expect(countDoneToday(reviews, dayStart)).toEqual({ newCount: 1, reviewCount: 1 });
  });
});
