import { Dexie } from 'dexie';
import { isReview } from '../domain/card-state';
import {
  computeDeckAllowances,
  type DeckAllowances,
  hasReviewCaps,
} from '../domain/scheduler/deck-caps';
import { compareRowsByDue } from '../domain/scheduler/session-queue';
import type { ReviewRow, ScheduleRow } from '../domain/scheduler/types';
import type { DeckLimits } from '../domain/settings/deck-limits';
import type { CardRow } from './card-row';
import type { DrillbookDb } from './db';
import {
  isBuried,
  listDeckIdsInOrder,
  loadBuriedCardIds,
  loadInactiveCardIds,
  loadLearningRows,
} from './queue-filters';
import { type KeptRowsRead, readKeptRows } from './read-kept-rows';

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
  /** Decks' own daily limits (setting `deckLimits`); none when absent. */
  deckLimits?: DeckLimits;
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
  /** Every shown learning and relearning row, whenever due, earliest first (for a session). */
  allLearning: ScheduleRow[];
  /** When the first shown review at or after dayEnd falls due; null if none. */
  nextReviewDue: number | null;
  /** What is left today of each capped deck's own limits, for buildQueue. */
  deckAllowances: DeckAllowances;
};

/**
 * Reads what the scheduler needs to build today's queue, and nothing else: index ranges
 * with limits, issued together in one read transaction, so the cost does not grow with the
 * size of the collection. Suspended, removed and buried cards are left out.
 */
export async function loadQueueInput(db: DrillbookDb, query: QueueQuery): Promise<QueueInput> {
  return db.transaction('r', [db.decks, db.cards, db.schedule, db.reviews], async () => {
    const [deckIds, inactive, learningAll, buried, reviewsToday] = await Promise.all([
      query.deckIds ?? listDeckIdsInOrder(db),
      loadInactiveCardIds(db),
      loadLearningRows(db),
      loadBuriedCardIds(db, query.now),
      db.reviews.where('reviewedAt').between(query.dayStart, query.dayEnd, true, false).toArray(),
    ]);
    const deckAllowances = computeDeckAllowances(
      query.deckLimits ?? {},
      reviewsToday,
      query.dayStart,
    );
    const decks = new Set(deckIds);
    const isShown = (row: ScheduleRow) =>
      decks.has(row.deckId) && !inactive.has(row.cardId) && !isBuried(row, query.now);
    const learningRows = learningAll.filter(isShown).sort(compareRowsByDue);
    const reviewSearch: ReviewSearch = {
      deckIds,
      isReview: (row) => isReview(row.state) && isShown(row),
      // Rows in a due range that are not shown reviews: learning, buried, inactive ones.
      expectedSkips: learningAll.length + buried.size + inactive.size,
      allowances: deckAllowances,
    };
    const [reviews, nextReview, newCards] = await Promise.all([
      loadReviewRows(db, query, reviewSearch),
      findFirstReviewFrom(db, query, reviewSearch),
      loadNewCards(db, deckIds, query.newLimit, buried, deckAllowances),
    ]);
    const cutoff = query.now + query.learnAheadMs;
    return {
      learning: learningRows.filter((row) => row.due <= cutoff),
      reviews,
      newCards,
      reviewsToday,
      nextDueAt: minDue(learningRows.find((row) => row.due > cutoff)?.due, nextReview?.due),
      deckAllowances,
      allLearning: learningRows,
      nextReviewDue: nextReview?.due ?? null,
    };
  });
}

type ReviewSearch = {
  deckIds: string[];
  isReview: (row: ScheduleRow) => boolean;
  expectedSkips: number;
  allowances: DeckAllowances;
};

async function loadReviewRows(
  db: DrillbookDb,
  query: QueueQuery,
  search: ReviewSearch,
): Promise<ScheduleRow[]> {
  const limit = query.reviewLimit ?? Number.POSITIVE_INFINITY;
  if (limit <= 0) return [];
  const read = { keep: search.isReview, limit, expectedSkips: search.expectedSkips };
  // A capped deck could fill the first `limit` rows of the global due index with reviews it
  // may not show; read deck by deck then, each deck up to what it may show.
  if (query.deckIds === undefined && !hasReviewCaps(search.allowances)) {
    return readKeptRows(() => db.schedule.where('due').below(query.dayEnd), read);
  }
  const perDeck = await Promise.all(
    search.deckIds.map((deckId) => {
      const deckLimit = Math.min(limit, search.allowances.get(deckId)?.reviews ?? limit);
      if (deckLimit <= 0) return [];
      return readKeptRows(
        () =>
          db.schedule
            .where('[deckId+due]')
            .between([deckId, Dexie.minKey], [deckId, query.dayEnd], true, false),
        { ...read, limit: deckLimit },
      );
    }),
  );
  return perDeck.flat().sort(compareRowsByDue).slice(0, limit);
}

async function findFirstReviewFrom(
  db: DrillbookDb,
  query: QueueQuery,
  search: ReviewSearch,
): Promise<ScheduleRow | undefined> {
  if (query.deckIds === undefined) {
    return db.schedule.where('due').aboveOrEqual(query.dayEnd).filter(search.isReview).first();
  }
  const firsts = await Promise.all(
    search.deckIds.map((deckId) =>
      db.schedule
        .where('[deckId+due]')
        .between([deckId, query.dayEnd], [deckId, Dexie.maxKey])
        .filter(search.isReview)
        .first(),
    ),
  );
  return firsts.filter((row) => row !== undefined).sort(compareRowsByDue)[0];
}

async function loadNewCards(
  db: DrillbookDb,
  deckIds: string[],
  limit: number,
  buried: Set<string>,
  allowances: DeckAllowances,
): Promise<NewCardRef[]> {
  if (limit <= 0) return [];
  // Only buried new cards sit in the index without being offered, so reading that many
  // more than the limit always suffices.
  const read: KeptRowsRead<CardRow> = {
    keep: (card) => !buried.has(card.id),
    limit,
    expectedSkips: buried.size,
  };
  const perDeck = await Promise.all(
    deckIds.map((deckId) => {
      const deckLimit = Math.min(limit, allowances.get(deckId)?.newCards ?? limit);
      if (deckLimit <= 0) return [];
      return readKeptRows(
        () =>
          db.cards
            .where('[deckId+newQueuePosition]')
            .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey]),
        { ...read, limit: deckLimit },
      );
    }),
  );
  return perDeck
    .flat()
    .slice(0, limit)
    .map((card) => ({ cardId: card.id, deckId: card.deckId }));
}

function minDue(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined) return b ?? null;
  return b === undefined ? a : Math.min(a, b);
}
