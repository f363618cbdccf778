import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { getDeckCounts, listDecks } from '../../src/storage/deck-repo';
import { seedQueueFixture } from './queue-fixture';
import { createTestDatabase, DAY, DAY_START, NOW } from './test-db';

let db: DrillbookDb;
beforeEach(async () => {
  db = createTestDatabase();
  await seedQueueFixture(db);
});
afterEach(() => db.close());

describe('listDecks', () => {
  it('lists decks by title', async () => {
    expect((await listDecks(db)).map((deck) => deck.title)).toEqual(['Alpha', 'Beta']);
  });
});

describe('getDeckCounts', () => {
  it('counts what is left today, leaving out suspended, removed and buried cards', async () => {
    expect(await getDeckCounts(db, NOW, DAY_START)).toEqual([
      { deckId: 'a', new: 2, learning: 2, due: 2 },
      { deckId: 'b', new: 3, learning: 0, due: 0 },
    ]);
  });

  it('follows status changes and the end of a bury', async () => {
    await setCardStatus(db, 'a/5', 'suspended');
    await setCardStatus(db, 'b/1', 'active');
    const counts = await getDeckCounts(db, NOW + DAY, DAY_START + DAY);
    expect(counts).toEqual([
      { deckId: 'a', new: 1, learning: 2, due: 3 },
      { deckId: 'b', new: 4, learning: 0, due: 2 },
    ]);
  });
});
