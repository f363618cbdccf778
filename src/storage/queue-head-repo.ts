import type { StoredCard } from '../domain/card-types';
import type { ScheduleRow } from '../domain/scheduler/types';
import { getCard } from './card-repo';
import type { DrillbookDb } from './db';
import { getDeck } from './deck-repo';

/** A queued card as stored: the card, its schedule row and its deck's title. */
export type QueueHeadRows = { card: StoredCard; schedule: ScheduleRow | null; deckTitle: string };

/**
 * Reads a queue item's card, schedule row and deck title, the three at once since the deck id
 * is known. Undefined when the card is gone. Call inside a transaction over cards, schedule
 * and decks: a session's next card, or a rating's commit that reads the card after it.
 */
export async function readQueueHead(
  db: DrillbookDb,
  item: { cardId: string; deckId: string },
): Promise<QueueHeadRows | undefined> {
  const [card, schedule, deck] = await Promise.all([
    getCard(db, item.cardId),
    db.schedule.get(item.cardId),
    getDeck(db, item.deckId),
  ]);
  if (card === undefined) return undefined;
  const title = card.deckId === item.deckId ? deck?.title : (await getDeck(db, card.deckId))?.title;
  return { card, schedule: schedule ?? null, deckTitle: title ?? '' };
}
