import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../../src/domain/card-types';
import { toDeckSyncWrites } from '../../../src/domain/deck-sync/deck-sync-writes';
import { planDeckSync } from '../../../src/domain/deck-sync/plan-deck-sync';
import { buildDeck, buildEditedSpecs, DECK_ID, ORIGINAL, toStoredCards } from './sample-bank';

const byId = (cards: StoredCard[]) => new Map(cards.map((card) => [card.id, card]));

describe('toDeckSyncWrites', () => {
  it('writes nothing when the file did not change', () => {
    const stored = toStoredCards(buildDeck(ORIGINAL));
    const writes = toDeckSyncWrites(planDeckSync(stored, buildDeck(ORIGINAL).cards));
    expect(writes).toEqual({ cards: [], renames: [] });
  });

  it('rewrites a card that only moved, so new cards keep file order', () => {
    const stored = toStoredCards(buildDeck(ORIGINAL));
    const [first, ...rest] = ORIGINAL;
    if (!first) throw new Error('empty bank');
    const writes = toDeckSyncWrites(planDeckSync(stored, buildDeck([...rest, first]).cards));
    expect(byId(writes.cards).get(`${DECK_ID}/put-vs-patch`)?.position).toBe(ORIGINAL.length - 1);
  });

  it('moves a renamed card, remembering its old id, and hides removed cards', () => {
    const stored = toStoredCards(buildDeck(ORIGINAL));
    const writes = toDeckSyncWrites(planDeckSync(stored, buildDeck(buildEditedSpecs()).cards));
    const oldId = `${DECK_ID}/what-happens-when-you-enter-a-url`;
    const newId = `${DECK_ID}/what-happens-when-you-type-a-url-and-press-enter`;
    expect(writes.renames).toEqual([{ from: oldId, to: newId }]);
    const cards = byId(writes.cards);
    expect(cards.get(newId)?.previousIds).toEqual([oldId]);
    expect(cards.get(`${DECK_ID}/process-vs-thread`)?.status).toBe('removed');
    expect(cards.get(`${DECK_ID}/what-is-a-deadlock`)).toMatchObject({
      status: 'active',
      previousIds: [],
    });
  });

  it('keeps a suspended card suspended when its content is edited or it is renamed', () => {
    const stored = toStoredCards(buildDeck(ORIGINAL)).map(
      (card): StoredCard => ({ ...card, status: 'suspended' }),
    );
    const writes = toDeckSyncWrites(planDeckSync(stored, buildDeck(buildEditedSpecs()).cards));
    const cards = byId(writes.cards);
    expect(cards.get(`${DECK_ID}/put-vs-patch`)?.status).toBe('suspended');
    expect(cards.get(`${DECK_ID}/what-happens-when-you-type-a-url-and-press-enter`)?.status).toBe(
      'suspended',
    );
  });

  it('makes a card that is back in the file active again', () => {
    const stored = toStoredCards(buildDeck(ORIGINAL)).map(
      (card, i): StoredCard => (i === 0 ? { ...card, status: 'removed' } : card),
    );
    const writes = toDeckSyncWrites(planDeckSync(stored, buildDeck(ORIGINAL).cards));
    expect(writes.cards.map((card) => [card.id, card.status])).toEqual([
      [`${DECK_ID}/put-vs-patch`, 'active'],
    ]);
  });

  it('does not list the current id among previous ids after renaming back', () => {
    const stored = toStoredCards(buildDeck(ORIGINAL));
    const edited = buildDeck(buildEditedSpecs());
    const once = toDeckSyncWrites(planDeckSync(stored, edited.cards)).cards;
    const afterFirst = [...byId([...stored, ...once]).values()].filter(
      (card) => card.id !== `${DECK_ID}/what-happens-when-you-enter-a-url`,
    );
    const back = toDeckSyncWrites(planDeckSync(afterFirst, buildDeck(ORIGINAL).cards));
    const restored = byId(back.cards).get(`${DECK_ID}/what-happens-when-you-enter-a-url`);
    expect(restored?.previousIds).toEqual([
      `${DECK_ID}/what-happens-when-you-type-a-url-and-press-enter`,
    ]);
  });
});
