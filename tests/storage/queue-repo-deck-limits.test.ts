import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrillbookDb } from '../../src/storage/db';
import { loadQueueInput, type QueueQuery } from '../../src/storage/queue-repo';
import { seedQueueFixture } from './queue-fixture';
import { createTestDatabase, DAY_END, DAY_START, NOW } from './test-db';

// The fixture: deck "a" has reviews a/2 and a/3 due today and new cards a/5, a/6; deck "b" has
// new cards b/4 (reset to new, rated today as new), b/5, b/6. Today: a/0 (learning, new) and
// b/4 were rated as new cards.
let db: DrillbookDb;
beforeEach(async () => {
  db = createTestDatabase();
  await seedQueueFixture(db);
});
afterEach(() => db.close());

const today: QueueQuery = {
  now: NOW,
  dayStart: DAY_START,
  dayEnd: DAY_END,
  learnAheadMs: 0,
  newLimit: 3,
  reviewLimit: 2,
};
const idsOf = (rows: { cardId: string }[]) => rows.map((row) => row.cardId);

describe("loadQueueInput with decks' own limits", () => {
  it('reads no more of a capped deck than what is left of its limit, so other decks fill in', async () => {
    const queue = await loadQueueInput(db, {
      ...today,
      deckLimits: { a: { newCardsPerDay: 2, maxReviewsPerDay: 1 } },
    });
    // Deck a used 1 of its 2 new cards today (a/0): one more new card from a, then b's.
    expect(idsOf(queue.newCards)).toEqual(['a/5', 'b/4', 'b/5']);
    expect(idsOf(queue.reviews)).toEqual(['a/2']);
    expect(queue.deckAllowances.get('a')).toEqual({ newCards: 1, reviews: 1 });
  });

  it('reads nothing from a deck whose limits are spent', async () => {
    const queue = await loadQueueInput(db, {
      ...today,
      deckLimits: { a: { newCardsPerDay: 1, maxReviewsPerDay: 0 } },
    });
    expect(idsOf(queue.newCards)).toEqual(['b/4', 'b/5', 'b/6']);
    expect(queue.reviews).toEqual([]);
  });

  it('reads as before without limits of its own', async () => {
    const queue = await loadQueueInput(db, today);
    expect(idsOf(queue.newCards)).toEqual(['a/5', 'a/6', 'b/4']);
    expect(idsOf(queue.reviews)).toEqual(['a/2', 'a/3']);
    expect(queue.deckAllowances.size).toBe(0);
  });
});
