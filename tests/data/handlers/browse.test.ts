import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { send } from '../../../src/data/surface';
import type { DrillbookDb } from '../../../src/storage/db';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';

let db: DrillbookDb;
let cardId = '';

beforeEach(async () => {
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 2));
  cardId = (await db.cards.orderBy('id').first())?.id ?? '';
});

describe('the card commands Browse sends', () => {
  it('suspends and unsuspends a card, as the card detail then shows', async () => {
    await send('suspendCard', { cardId });
    expect((await send('cardDetail', { cardId }))?.card.status).toBe('suspended');
    await send('unsuspendCard', { cardId });
    expect((await send('cardDetail', { cardId }))?.card.status).toBe('active');
  });

  it('says when there is nothing to reset or to bury', async () => {
    expect(await send('resetCard', { cardId })).toBe(false);
    expect(await send('buryCard', { cardId: 'no-such-card', dayStartHour: 4 })).toBeNull();
    expect(await send('buryCard', { cardId, dayStartHour: 4 })).toEqual(expect.any(Number));
  });
});
