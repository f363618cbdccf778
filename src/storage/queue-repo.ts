import { Dexie } from 'dexie';
import type { ReviewRow, ScheduleRow } from '../domain/scheduler/types';
import type { DrillbookDb } from './db';
import {
  compareByDue,
  isBuried,
  listDeckIdsInOrder,
  loadBuriedCardIds,
  loadInactiveCardIds,
  loadLearningRows,
} from './queue-filters';

export type QueueQuery = {
  now: number;
  /** Start and end of the current study day (the caller knows the user's day start hour). */
  dayStart: number;
  dayEnd: number;
  /** Decks to study, in order; all decks (by title) when absent. */
  deckIds?: string[];
  learnAheadMs: number;
  newLimit: number;
  /** At most this many due reviews are read (the daily review limit left); no limit when absent. */
  reviewLimit?: number;
};

export type NewCardRef = { cardId: string; deckId: string };

export type QueueInput = {
  /** Learning and relearning rows due by now + learnAheadMs, earliest first. */
  learning: ScheduleRow[];
  /** Review rows due before dayEnd, earliest first. */
  reviews: ScheduleRow[];
  /** Up to newLimit new cards, deck by deck, in file order. */
  newCards: NewCardRef[];
  /** Every review made in [dayStart, dayEnd), all decks, so global daily limits can be applied. */
  reviewsToday: ReviewRow[];
  /** When the next learning card or review falls due after those returned; null if none. */
  nextDueAt: number | null;
};

/**
 * Reads what the scheduler needs to build today's queue, and nothing else: index ranges
 * with limits, so the cost does not grow with the size of the collection.
 * Suspended, removed and buried cards are left out.
 */
export async function loadQueueInput(db: DrillbookDb, query: QueueQuery): Promise<QueueInput> {
  return db.transaction('r', [db.decks, db.cards, db.schedule, db.reviews], async () => {
    const deckIds = query.deckIds ?? (await listDeckIdsInOrder(db));
    const inactive = await loadInactiveCardIds(db);
    const decks = new Set(deckIds);
    const isShown = (row: ScheduleRow) =>
      decks.has(row.deckId) && !inactive.has(row.cardId) && !isBuried(row, query.now);

    const cutoff = query.now + query.learnAheadMs;
    const learningRows = (await loadLearningRows(db)).filter(isShown).sort(compareByDue);
    const isReview = (row: ScheduleRow) => row.state === 2 && isShown(row);
    const reviews = await loadReviewRows(db, query, deckIds, isReview);
    const nextReview = await findFirstReviewFrom(db, query, deckIds, isReview);
    const nextLearning = learningRows.find((row) => row.due > cutoff);
    return {
      learning: learningRows.filter((row) => row.due <= cutoff),
      reviews,
      newCards: await loadNewCards(db, deckIds, query),
      reviewsToday: await db.reviews
        .where('reviewedAt')
        .between(query.dayStart, query.dayEnd, true, false)
        .toArray(),
      nextDueAt: minDue(nextLearning?.due, nextReview?.due),
    };
  });
}

async function loadReviewRows(
  db: DrillbookDb,
  query: QueueQuery,
  deckIds: string[],
  isReview: (row: ScheduleRow) => boolean,
): Promise<ScheduleRow[]> {
  const limit = query.reviewLimit ?? Number.POSITIVE_INFINITY;
  if (limit <= 0) return [];
  if (query.deckIds === undefined) {
    return db.schedule.where('due').below(query.dayEnd).filter(isReview).limit(limit).toArray();
  }
  const perDeck = await Promise.all(
    deckIds.map((deckId) =>
      db.schedule
        .where('[deckId+due]')
        .between([deckId, Dexie.minKey], [deckId, query.dayEnd], true, false)
        .filter(isReview)
        .limit(limit)
        .toArray(),
    ),
  );
  return perDeck.flat().sort(compareByDue).slice(0, limit);
}

async function findFirstReviewFrom(
  db: DrillbookDb,
  query: QueueQuery,
  deckIds: string[],
  isReview: (row: ScheduleRow) => boolean,
): Promise<ScheduleRow | undefined> {
  if (query.deckIds === undefined) {
    return db.schedule.where('due').aboveOrEqual(query.dayEnd).filter(isReview).first();
  }
  const firsts = await Promise.all(
    deckIds.map((deckId) =>
      db.schedule
        .where('[deckId+due]')
        .between([deckId, query.dayEnd], [deckId, Dexie.maxKey])
        .filter(isReview)
        .first(),
    ),
  );
  return firsts.filter((row) => row !== undefined).sort(compareByDue)[0];
}

async function loadNewCards(
  db: DrillbookDb,
  deckIds: string[],
  query: QueueQuery,
): Promise<NewCardRef[]> {
  if (query.newLimit <= 0) return [];
  const buried = await loadBuriedCardIds(db, query.now);
  const found: NewCardRef[] = [];
  for (const deckId of deckIds) {
    const left = query.newLimit - found.length;
    if (left <= 0) break;
    const cards = await db.cards
      .where('[deckId+newQueuePosition]')
      .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
      .filter((card) => !buried.has(card.id))
      .limit(left)
      .toArray();
    found.push(...cards.map((card) => ({ cardId: card.id, deckId: card.deckId })));
  }
  return found;
}

function minDue(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined) return b ?? null;
  return b === undefined ? a : Math.min(a, b);
}
