import type { CardStatus, StoredCard } from '../domain/card-types';
import { toCardRow, toStoredCard } from './card-row';
import type { DrillbookDb } from './db';

export async function getCard(db: DrillbookDb, id: string): Promise<StoredCard | undefined> {
  const row = await db.cards.get(id);
  return row === undefined ? undefined : toStoredCard(row);
}

/** How many cards of a deck the user can see: active and suspended, not removed. */
export async function countVisibleCards(db: DrillbookDb, deckId: string): Promise<number> {
  return db.cards
    .where('deckId')
    .equals(deckId)
    .filter((card) => card.status !== 'removed')
    .count();
}

/** Every card of a deck, removed ones included, in file order. */
export async function listCardsByDeck(db: DrillbookDb, deckId: string): Promise<StoredCard[]> {
  const rows = await db.cards.where('deckId').equals(deckId).toArray();
  return rows.map(toStoredCard).sort((a, b) => a.position - b.position);
}

/** Suspends or unsuspends a card (its schedule and history are untouched). False when there is no such card. */
export async function setCardStatus(
  db: DrillbookDb,
  id: string,
  status: CardStatus,
): Promise<boolean> {
  return db.transaction('rw', [db.cards, db.schedule], async () => {
    const row = await db.cards.get(id);
    if (row === undefined) return false;
    const schedule = await db.schedule.get(id);
    await db.cards.put(toCardRow({ ...toStoredCard(row), status }, schedule));
    return true;
  });
}
