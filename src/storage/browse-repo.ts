import { Dexie } from 'dexie';
import { isNew } from '../domain/card-state';
import type { DeckRow, StoredCard } from '../domain/card-types';
import { buryCard, resetCard } from '../domain/scheduler/card-actions';
import type { ReviewRow, ScheduleRow } from '../domain/scheduler/types';
import { type CardRow, toStoredCard } from './card-row';
import type { DrillbookDb } from './db';
import { listDecks } from './deck-repo';
import { listReviewsForCard } from './review-repo';
import { saveRating, writeScheduleRow } from './schedule-repo';

export type BrowseContent = { decks: DeckRow[]; cards: StoredCard[] };

/** Every card the user can browse (removed ones are hidden), with the decks in display order. */
export async function loadBrowseContent(db: DrillbookDb): Promise<BrowseContent> {
  return db.transaction('r', [db.decks, db.cards], async () => {
    const [decks, rows] = await Promise.all([listDecks(db), db.cards.toArray()]);
    const cards = rows.filter((row) => row.status !== 'removed').map(toStoredCard);
    return { decks, cards };
  });
}

export type FirstBrowseCards = BrowseContent & BrowseSchedules & { total: number };

/**
 * The first `count` browsable cards in browse order (decks in display order, then file order)
 * with their schedule rows, and how many cards Browse holds in all: the first page without
 * reading the whole collection. Null when cards of a deck no longer listed would belong on it;
 * the caller then reads everything.
 */
export async function loadFirstBrowseCards(
  db: DrillbookDb,
  count: number,
): Promise<FirstBrowseCards | null> {
  return db.transaction('r', [db.decks, db.cards, db.schedule], async () => {
    const [decks, all, removed] = await Promise.all([
      listDecks(db),
      db.cards.count(),
      db.cards.where('status').equals('removed').count(),
    ]);
    const rows: CardRow[] = [];
    for (const deck of decks) {
      if (rows.length >= count) break;
      const more = await db.cards
        .where('[deckId+position]')
        .between([deck.id, Dexie.minKey], [deck.id, Dexie.maxKey])
        .filter((row) => row.status !== 'removed')
        .limit(count - rows.length)
        .toArray();
      rows.push(...more);
    }
    const total = all - removed;
    if (rows.length < Math.min(count, total)) return null;
    const schedules = await db.schedule.bulkGet(rows.map((row) => row.id));
    return {
      decks,
      cards: rows.map(toStoredCard),
      rows: schedules.filter((row) => row !== undefined),
      suspendedIds: rows.filter((row) => row.status === 'suspended').map((row) => row.id),
      total,
    };
  });
}

/**
 * A key that changes whenever browsable content may have: a deck added, removed, renamed or
 * re-imported with changes, or cards added or removed. Reads only the small decks table and a count.
 */
export async function readBrowseContentKey(db: DrillbookDb): Promise<string> {
  return db.transaction('r', [db.decks, db.cards], async () => {
    const [decks, cardCount] = await Promise.all([db.decks.toArray(), db.cards.count()]);
    const parts = decks
      .map((deck) => `${deck.id}\u0000${deck.contentHash}\u0000${deck.title}`)
      .sort();
    return `${parts.join('\u0001')}#${cardCount}`;
  });
}

export type BrowseSchedules = { rows: ScheduleRow[]; suspendedIds: string[] };

/** What changes as the user studies: every schedule row and which cards are suspended. */
export async function loadBrowseSchedules(db: DrillbookDb): Promise<BrowseSchedules> {
  return db.transaction('r', [db.schedule, db.cards], async () => {
    const [rows, suspended] = await Promise.all([
      db.schedule.toArray(),
      db.cards.where('status').equals('suspended').primaryKeys(),
    ]);
    return { rows, suspendedIds: suspended };
  });
}

/**
 * Reads the tables browse shows, whole, so that a live query running it re-runs after any
 * write to them (a rating, a suspension, an import), in this tab or another.
 */
export async function watchBrowseTables(db: DrillbookDb): Promise<number> {
  const counts = await Promise.all([db.decks.count(), db.cards.count(), db.schedule.count()]);
  return counts.reduce((sum, count) => sum + count, 0);
}

export type CardDetail = {
  card: StoredCard;
  deckTitle: string;
  schedule: ScheduleRow | null;
  /** Oldest first. */
  reviews: ReviewRow[];
};

/** A card with its deck title, schedule and review history; null when there is no such card. */
export async function loadCardDetail(db: DrillbookDb, cardId: string): Promise<CardDetail | null> {
  return db.transaction('r', [db.cards, db.decks, db.schedule, db.reviews], async () => {
    const row = await db.cards.get(cardId);
    if (row === undefined) return null;
    const [deck, schedule, reviews] = await Promise.all([
      db.decks.get(row.deckId),
      db.schedule.get(cardId),
      listReviewsForCard(db, cardId),
    ]);
    return {
      card: toStoredCard(row),
      deckTitle: deck?.title ?? row.deckId,
      schedule: schedule ?? null,
      reviews,
    };
  });
}

export type BuryRequest = {
  cardId: string;
  now: number;
  dayStartHour: number;
  tzOffsetMinutes: number;
};

/** Hides the card until the next study day starts. Null when there is no such card. */
export async function buryCardUntilNextDay(
  db: DrillbookDb,
  request: BuryRequest,
): Promise<ScheduleRow | null> {
  return db.transaction('rw', [db.cards, db.schedule], async () => {
    const card = await db.cards.get(request.cardId);
    if (card === undefined) return null;
    const current = (await db.schedule.get(request.cardId)) ?? null;
    const buried = buryCard(
      current,
      card.id,
      card.deckId,
      request.now,
      request.dayStartHour,
      request.tzOffsetMinutes,
    );
    await writeScheduleRow(db, card.id, buried);
    return buried;
  });
}

export type ResetRequest = { cardId: string; now: number; reviewId: string };

/**
 * Makes a rated card new again, written as the review screen writes a rating: a rating-0 review
 * row that keeps the row before, so Undo restores it and replaying the history stays exact.
 * Null when the card is missing or has nothing to reset. Throws StaleCardError when another tab
 * changed the card's schedule in between.
 */
export async function resetCardToNew(
  db: DrillbookDb,
  request: ResetRequest,
): Promise<ReviewRow | null> {
  const card = await db.cards.get(request.cardId);
  const before = (await db.schedule.get(request.cardId)) ?? null;
  if (card === undefined || before === null || isNew(before.state)) return null;
  const reset = resetCard({
    before,
    cardId: card.id,
    deckId: card.deckId,
    now: request.now,
    reviewId: request.reviewId,
  });
  await saveRating(db, { ...reset, expectedBefore: before });
  return reset.review;
}
