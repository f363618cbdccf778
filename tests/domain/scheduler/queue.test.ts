import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { State } from '../../../src/domain/card-state';
import { buildQueue, type QueueInput } from '../../../src/domain/scheduler/queue';
import type { CardState, ScheduleRow } from '../../../src/domain/scheduler/types';
import { day, minute, start } from './scheduler-fixtures';

function row(
  cardId: string,
  state: CardState,
  due: number,
  buriedUntil: number | null = null,
): ScheduleRow {
  return {
    cardId,
    deckId: 'deck',
    due,
    stability: 3,
    difficulty: 5,
    elapsedDays: 1,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state,
    lastReview: due - day,
    buriedUntil,
  };
}

const fresh = (cardId: string) => ({ cardId, deckId: 'deck' });

function input(partial: Partial<QueueInput>): QueueInput {
  return {
    now: start,
    learning: [],
    reviews: [],
    newCards: [],
    doneToday: { newCount: 0, reviewCount: 0 },
    limits: { newCardsPerDay: 20, maxReviewsPerDay: 200 },
    ...partial,
  };
}

const ids = (queue: ReturnType<typeof buildQueue>) => queue.items.map((item) => item.cardId);

describe('buildQueue', () => {
  it('keeps new cards spread over the whole day as the user rates, not pushed to its end', () => {
    let reviews = Array.from({ length: 100 }, (_, i) =>
      row(`r${i}`, State.Review, start - day + i),
    );
    let newCards = Array.from({ length: 10 }, (_, i) => fresh(`n${i}`));
    const doneToday = { newCount: 0, reviewCount: 0 };
    const shown: string[] = [];
    while (reviews.length + newCards.length > 0) {
      const next = buildQueue(input({ reviews, newCards, doneToday })).items[0];
      if (next === undefined) break;
      shown.push(next.cardId);
      if (next.kind === 'new') doneToday.newCount += 1;
      else doneToday.reviewCount += 1;
      reviews = reviews.filter((r) => r.cardId !== next.cardId);
      newCards = newCards.filter((n) => n.cardId !== next.cardId);
    }
    const newPositions = shown.flatMap((id, i) => (id.startsWith('n') ? [i] : []));
    // The k-th new card follows round(k * 100 / 11) reviews: 9, 18, 27, 36, 45, 55, 64, 73, 82, 91.
    expect(newPositions).toEqual([9, 19, 29, 39, 49, 60, 70, 80, 90, 100]);
  });

  it('shows due learning first, then reviews by due with new cards spread among them, then learn-ahead', () => {
    const queue = buildQueue(
      input({
        learning: [
          row('l-soon', State.Learning, start + 5 * minute),
          row('l2', State.Relearning, start - minute),
          row('l1', State.Learning, start - 2 * minute),
        ],
        reviews: [
          row('r3', State.Review, start + hour(3)),
          row('r1', State.Review, start - day),
          row('r2', State.Review, start - minute),
          row('r4', State.Review, start + hour(4)),
        ],
        newCards: [fresh('n1'), fresh('n2')],
      }),
    );
    expect(ids(queue)).toEqual(['l1', 'l2', 'r1', 'n1', 'r2', 'r3', 'n2', 'r4', 'l-soon']);
    expect(queue.items[3]).toEqual({ cardId: 'n1', deckId: 'deck', kind: 'new' });
    expect(queue.counts).toEqual({ new: 2, learning: 3, review: 4 });
  });

  it('respects what is left of the daily limits', () => {
    const queue = buildQueue(
      input({
        reviews: [
          row('r1', State.Review, start - 3),
          row('r2', State.Review, start - 2),
          row('r3', State.Review, start - 1),
        ],
        newCards: [fresh('n1'), fresh('n2'), fresh('n3')],
        doneToday: { newCount: 18, reviewCount: 198 },
        limits: { newCardsPerDay: 20, maxReviewsPerDay: 200 },
      }),
    );
    expect(ids(queue).sort()).toEqual(['n1', 'n2', 'r1', 'r2']);
    expect(queue.counts).toEqual({ new: 2, learning: 0, review: 2 });
    const spent = buildQueue(
      input({ newCards: [fresh('n1')], doneToday: { newCount: 25, reviewCount: 0 } }),
    );
    expect(spent.items).toEqual([]);
  });

  it('caps each deck at what is left of its own limits, and the total at the global ones', () => {
    const inDeck = (deckId: string) => (entry: ScheduleRow) => ({ ...entry, deckId });
    const queue = buildQueue(
      input({
        reviews: [
          inDeck('big')(row('big1', State.Review, start - 6)),
          inDeck('big')(row('big2', State.Review, start - 5)),
          inDeck('big')(row('big3', State.Review, start - 4)),
          inDeck('small')(row('small1', State.Review, start - 3)),
          inDeck('small')(row('small2', State.Review, start - 2)),
        ],
        newCards: [
          { cardId: 'bn1', deckId: 'big' },
          { cardId: 'bn2', deckId: 'big' },
          { cardId: 'sn1', deckId: 'small' },
          { cardId: 'sn2', deckId: 'small' },
        ],
        limits: { newCardsPerDay: 2, maxReviewsPerDay: 3 },
        deckAllowances: new Map([['big', { newCards: 1, reviews: 1 }]]),
      }),
    );
    // 'big' gives one review and one new card; 'small' fills the rest up to the global caps.
    expect(ids(queue)).toEqual(['big1', 'bn1', 'small1', 'sn1', 'small2']);
    expect(queue.counts).toEqual({ new: 2, learning: 0, review: 3 });
    const spent = buildQueue(
      input({
        reviews: [row('r1', State.Review, start - 1)],
        newCards: [fresh('n1')],
        deckAllowances: new Map([['deck', { newCards: 0, reviews: 0 }]]),
      }),
    );
    expect(spent.items).toEqual([]);
  });

  it('leaves out buried cards until their bury ends', () => {
    const buriedUntil = start + hour(6);
    const make = (now: number) =>
      buildQueue(
        input({
          now,
          learning: [row('l', State.Learning, start - minute, buriedUntil)],
          reviews: [row('r', State.Review, start - minute, buriedUntil)],
          newCards: [{ cardId: 'n', deckId: 'deck', buriedUntil }, fresh('m')],
        }),
      );
    expect(ids(make(start))).toEqual(['m']);
    expect(ids(make(buriedUntil)).sort()).toEqual(['l', 'm', 'n', 'r']);
  });

  it('says when the next learning card is due once nothing is left', () => {
    const queue = buildQueue(
      input({
        learning: [
          row('l', State.Learning, start + hour(1)),
          row('k', State.Learning, start + hour(2)),
        ],
      }),
    );
    expect(queue.items).toEqual([]);
    expect(queue.nextLearningDue).toBe(start + hour(1));
    expect(queue.counts.learning).toBe(2);
  });

  it("never repeats a card, exceeds a global or deck's limit, or shows a buried card (property)", () => {
    const cardIds = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const idArb = fc.constantFrom(...cardIds);
    const timeArb = fc.integer({ min: start - day, max: start + day });
    const rowArb = (states: CardState[]) =>
      fc
        .tuple(idArb, fc.constantFrom(...states), timeArb)
        .map(([id, state, due]) => row(id, state, due));
    const prop = fc.property(
      fc.array(fc.option(timeArb, { nil: null }), { minLength: 8, maxLength: 8 }),
      fc.array(rowArb([State.Learning, State.Relearning]), { maxLength: 6 }),
      fc.array(rowArb([State.Review]), { maxLength: 8 }),
      fc.array(idArb, { maxLength: 8 }),
      fc.record({ newCount: fc.nat(6), reviewCount: fc.nat(6) }),
      fc.record({ newCardsPerDay: fc.nat(6), maxReviewsPerDay: fc.nat(6) }),
      fc.record({ newCards: fc.nat(4), reviews: fc.nat(4) }),
      (buries, learningRows, reviewRows, newIds, doneToday, limits, allowance) => {
        // A card is buried or not wherever it is listed, as it would be in storage.
        const buryOf = (id: string) => buries[cardIds.indexOf(id)] ?? null;
        const learning = learningRows.map((r) => ({ ...r, buriedUntil: buryOf(r.cardId) }));
        const reviews = reviewRows.map((r) => ({ ...r, buriedUntil: buryOf(r.cardId) }));
        const newCards = newIds.map((id) => ({ ...fresh(id), buriedUntil: buryOf(id) }));
        // Cards a to d are in deck 'capped', which has limits of its own.
        const deckOf = (id: string) => (cardIds.indexOf(id) < 4 ? 'capped' : 'deck');
        const queue = buildQueue({
          now: start,
          learning,
          reviews: reviews.map((r) => ({ ...r, deckId: deckOf(r.cardId) })),
          newCards: newCards.map((n) => ({ ...n, deckId: deckOf(n.cardId) })),
          doneToday,
          limits,
          deckAllowances: new Map([['capped', allowance]]),
        });
        const shown = ids(queue);
        expect(new Set(shown).size).toBe(shown.length);
        const count = (kind: string) => queue.items.filter((item) => item.kind === kind).length;
        expect(count('new')).toBeLessThanOrEqual(
          Math.max(0, limits.newCardsPerDay - doneToday.newCount),
        );
        expect(count('review')).toBeLessThanOrEqual(
          Math.max(0, limits.maxReviewsPerDay - doneToday.reviewCount),
        );
        const cappedCount = (kind: string) =>
          queue.items.filter((item) => item.kind === kind && item.deckId === 'capped').length;
        expect(cappedCount('new')).toBeLessThanOrEqual(allowance.newCards);
        expect(cappedCount('review')).toBeLessThanOrEqual(allowance.reviews);
        expect(shown.filter((id) => (buryOf(id) ?? 0) > start)).toEqual([]);
      },
    );
    fc.assert(prop, { seed: 42, numRuns: 500 });
  });
});

function hour(n: number): number {
  return n * 60 * minute;
}
