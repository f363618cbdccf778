import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { State } from '../../../src/domain/card-state';
import { countDoneToday } from '../../../src/domain/scheduler/done-today';
import { rateCard } from '../../../src/domain/scheduler/rate-card';
import {
  applySessionRating,
  compareRowsByDue,
  type SessionQueue,
  viewSessionQueue,
} from '../../../src/domain/scheduler/session-queue';
import type { ReviewRow, ScheduleRow } from '../../../src/domain/scheduler/types';
import { day, hour, minute, noFuzz, ratingArb, start } from './scheduler-fixtures';

const dayStart = start - 5 * hour;
const dayEnd = dayStart + day;
const limits = { newCardsPerDay: 3, maxReviewsPerDay: 4 };

function reviewRow(cardId: string, due: number, state: State = State.Review): ScheduleRow {
  return {
    cardId,
    deckId: 'deck',
    due,
    stability: 4,
    difficulty: 5,
    elapsedDays: 4,
    scheduledDays: 4,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state,
    lastReview: due - 4 * day,
    buriedUntil: null,
  };
}

/** A collection as storage holds it: schedule rows, new cards in file order, today's reviews. */
type Store = { rows: Map<string, ScheduleRow>; newOrder: string[]; reviews: ReviewRow[] };

function createStore(): Store {
  const rows = [
    reviewRow('l1', start - 2 * minute, State.Relearning),
    reviewRow('l2', start + 45 * minute, State.Learning),
    ...Array.from({ length: 6 }, (_, i) => reviewRow(`r${i}`, start - day + i * hour)),
    reviewRow('later', dayEnd + 2 * day),
  ];
  return {
    rows: new Map(rows.map((row) => [row.cardId, row])),
    newOrder: ['n0', 'n1', 'n2', 'n3', 'n4'],
    reviews: [],
  };
}

/** What a fresh read of the whole store gives, as storage's queue read builds it. */
function readSession(store: Store): SessionQueue {
  const rows = [...store.rows.values()].sort(compareRowsByDue);
  const isNew = (id: string) => (store.rows.get(id)?.state ?? 0) === 0;
  return {
    dayStart,
    dayEnd,
    learning: rows.filter((row) => row.state === State.Learning || row.state === State.Relearning),
    reviews: rows
      .filter((row) => row.state === State.Review && row.due < dayEnd)
      .slice(0, limits.maxReviewsPerDay),
    newCards: store.newOrder
      .filter(isNew)
      .slice(0, limits.newCardsPerDay)
      .map((cardId) => ({ cardId, deckId: 'deck' })),
    doneToday: countDoneToday(store.reviews, dayStart),
    limits,
    deckAllowances: new Map(),
    nextReviewDue: rows.find((row) => row.state === State.Review && row.due >= dayEnd)?.due ?? null,
  };
}

describe('viewSessionQueue', () => {
  it('gives learning cards due within the learn-ahead limit, and says when the next one is due', () => {
    const view = viewSessionQueue(readSession(createStore()), start);
    expect(view.queue.items[0]).toMatchObject({ cardId: 'l1', kind: 'learning' });
    // l2 is due in 45 minutes, beyond the 20-minute learn-ahead: counted later, not now.
    expect(view.queue.counts).toEqual({ new: 3, learning: 1, review: 4 });
    expect(view.nextDueAt).toBe(start + 45 * minute);
    const later = viewSessionQueue(readSession(createStore()), start + 30 * minute);
    expect(later.queue.counts.learning).toBe(2);
  });
});

describe('applySessionRating', () => {
  it('takes a rated new card out of the new cards and brings it back as a learning card', () => {
    const session = readSession(createStore());
    const rated = rateCard({
      before: null,
      cardId: 'n0',
      deckId: 'deck',
      rating: 3,
      now: start,
      reviewId: 'review-1',
      mode: 'review',
      durationMs: 5000,
      settings: noFuzz,
    });
    const after = applySessionRating(session, { after: rated.schedule, review: rated.review });
    const view = viewSessionQueue(after, start);
    expect(view.queue.items.filter((item) => item.kind === 'new').map((i) => i.cardId)).toEqual([
      'n1',
      'n2',
    ]);
    expect(after.doneToday).toEqual({ newCount: 1, reviewCount: 0 });
    expect(after.learning.map((row) => row.cardId)).toContain('n0');
    expect(session.learning.map((row) => row.cardId)).not.toContain('n0');
  });

  it('always agrees with a fresh read of the collection as the user rates the head card', () => {
    const stepArb = fc.record({
      rating: ratingArb,
      gapMs: fc.integer({ min: 0, max: 15 * minute }),
    });
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 25 }), (steps) => {
        const store = createStore();
        let session = readSession(store);
        let now = start;
        for (const [index, step] of steps.entries()) {
          const view = viewSessionQueue(session, now);
          const fresh = viewSessionQueue(readSession(store), now);
          expect(view).toEqual(fresh);
          const head = view.queue.items[0];
          if (head === undefined) break;
          const rated = rateCard({
            before: store.rows.get(head.cardId) ?? null,
            cardId: head.cardId,
            deckId: head.deckId,
            rating: step.rating,
            now,
            reviewId: `review-${index}`,
            mode: 'review',
            durationMs: 4000,
            settings: noFuzz,
          });
          store.rows.set(head.cardId, rated.schedule);
          store.reviews.push(rated.review);
          session = applySessionRating(session, { after: rated.schedule, review: rated.review });
          now += step.gapMs;
        }
      }),
      { seed: 42, numRuns: 60 },
    );
  });
});
