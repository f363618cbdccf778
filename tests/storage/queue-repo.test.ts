import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { loadQueueInput, type QueueQuery } from '../../src/storage/queue-repo';
import { HOUR, MINUTE, seedQueueFixture } from './queue-fixture';
import { createTestDatabase, DAY, DAY_END, DAY_START, NOW } from './test-db';

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
  newLimit: 20,
};
const idsOf = (rows: { cardId: string }[]) => rows.map((row) => row.cardId);

describe('loadQueueInput', () => {
  it("returns due learning cards, today's reviews and new cards, hiding suspended, removed and buried ones", async () => {
    const queue = await loadQueueInput(db, today);
    expect(idsOf(queue.learning)).toEqual(['a/0']);
    expect(idsOf(queue.reviews)).toEqual(['a/2', 'a/3']);
    expect(queue.newCards).toEqual([
      { cardId: 'a/5', deckId: 'a' },
      { cardId: 'a/6', deckId: 'a' },
      { cardId: 'b/4', deckId: 'b' },
      { cardId: 'b/5', deckId: 'b' },
      { cardId: 'b/6', deckId: 'b' },
    ]);
  });

  it('says when the next card falls due', async () => {
    expect((await loadQueueInput(db, today)).nextDueAt).toBe(NOW + 5 * MINUTE);
    const ahead = await loadQueueInput(db, { ...today, learnAheadMs: 20 * MINUTE });
    expect(idsOf(ahead.learning)).toEqual(['a/0', 'a/1']);
    expect(ahead.nextDueAt).toBe(DAY_END + HOUR);
  });

  it("returns today's reviews from every deck, for the daily limits", async () => {
    const queue = await loadQueueInput(db, { ...today, deckIds: ['b'] });
    expect(idsOf(queue.reviewsToday).sort()).toEqual(['a/0', 'b/4']);
  });

  it('reads only the chosen decks', async () => {
    const queue = await loadQueueInput(db, { ...today, deckIds: ['b'], learnAheadMs: HOUR });
    expect(queue.learning).toEqual([]);
    expect(queue.reviews).toEqual([]);
    expect(idsOf(queue.newCards)).toEqual(['b/4', 'b/5', 'b/6']);
    expect(queue.nextDueAt).toBeNull();
  });

  it('follows the order of the chosen decks and applies the limits', async () => {
    const queue = await loadQueueInput(db, {
      ...today,
      deckIds: ['b', 'a'],
      newLimit: 4,
      reviewLimit: 1,
    });
    expect(idsOf(queue.newCards)).toEqual(['b/4', 'b/5', 'b/6', 'a/5']);
    expect(idsOf(queue.reviews)).toEqual(['a/2']);
    const none = await loadQueueInput(db, { ...today, newLimit: 0, reviewLimit: 0 });
    expect([none.newCards, none.reviews]).toEqual([[], []]);
  });

  it('shows a buried card again once the bury is over, and an unsuspended one', async () => {
    await setCardStatus(db, 'b/1', 'active');
    const tomorrow = { ...today, now: DAY_END + MINUTE, dayStart: DAY_END, dayEnd: DAY_END + DAY };
    const queue = await loadQueueInput(db, tomorrow);
    expect(idsOf(queue.reviews)).toEqual(['b/0', 'a/2', 'b/1', 'a/3', 'a/4']);
    expect(idsOf(queue.newCards)).toContain('b/3');
  });
});
