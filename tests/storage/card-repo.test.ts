import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncDecks } from '../../src/storage/bank-sync';
import { getCard, listCardsByDeck, setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { loadQueueInput } from '../../src/storage/queue-repo';
import { buildDeck, DECK_ID, ORIGINAL } from '../domain/deck-sync/sample-bank';
import { createTestDatabase, DAY_END, DAY_START, NOW } from './test-db';

const FIRST = `${DECK_ID}/put-vs-patch`;

let db: DrillbookDb;
beforeEach(async () => {
  db = createTestDatabase();
  await syncDecks(db, [buildDeck(ORIGINAL)], 'builtin', NOW);
});
afterEach(() => db.close());

async function loadFirstNewCard(): Promise<string | undefined> {
  const queue = await loadQueueInput(db, {
    now: NOW,
    dayStart: DAY_START,
    dayEnd: DAY_END,
    learnAheadMs: 0,
    newLimit: 1,
  });
  return queue.newCards[0]?.cardId;
}

describe('card repository', () => {
  it("reads one card and a deck's cards in file order", async () => {
    expect(await getCard(db, FIRST)).toMatchObject({
      question: 'Difference between PUT vs PATCH',
      position: 0,
    });
    expect(await getCard(db, 'nope')).toBeUndefined();
    const cards = await listCardsByDeck(db, DECK_ID);
    expect(cards.map((card) => card.question)).toEqual(ORIGINAL.map((spec) => spec.question));
  });

  it('suspends a card out of the new queue and unsuspends it back into its place', async () => {
    expect(await setCardStatus(db, FIRST, 'suspended')).toBe(true);
    expect((await getCard(db, FIRST))?.status).toBe('suspended');
    expect(await loadFirstNewCard()).toBe(`${DECK_ID}/what-happens-when-you-enter-a-url`);
    await setCardStatus(db, FIRST, 'active');
    expect(await loadFirstNewCard()).toBe(FIRST);
  });

  it('reports a missing card instead of creating one', async () => {
    expect(await setCardStatus(db, 'nope', 'suspended')).toBe(false);
    expect(await getCard(db, 'nope')).toBeUndefined();
  });
});
