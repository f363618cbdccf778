import type { StoredCard } from '../../domain/card-types';
import { countDoneToday } from '../../domain/scheduler/done-today';
import { previewRatings, type RatingPreview } from '../../domain/scheduler/preview';
import { defaultLearnAheadMs, type Queue } from '../../domain/scheduler/queue';
import { type RatedCard, rateCard } from '../../domain/scheduler/rate-card';
import { type SessionQueue, viewSessionQueue } from '../../domain/scheduler/session-queue';
import type {
  Rating,
  ReviewMode,
  ScheduleRow,
  SchedulerSettings,
} from '../../domain/scheduler/types';
import type { DrillbookDb } from '../../storage/db';
import { type QueueHeadRows, readQueueHead } from '../../storage/queue-head-repo';
import { loadQueueInput } from '../../storage/queue-repo';
import { undoLastReview } from '../../storage/review-repo';
import { saveRating } from '../../storage/schedule-repo';
import { getDeckLimits } from '../../storage/settings-repo';
import { StaleCardError } from '../../storage/storage-errors';
import { readStudyDay } from '../services/clock';

export type ReviewCounts = Queue['counts'];

export type ShownCard = {
  card: StoredCard;
  deckTitle?: string;
  schedule: ScheduleRow | null;
  previews: Record<Rating, RatingPreview>;
};

export type ReviewSnapshot = {
  current: ShownCard | null;
  counts: ReviewCounts;
  /** When the next card falls due, for "No cards due" and for waking the screen up. */
  nextDueAt: number | null;
};

export type SnapshotQuery = {
  now: number;
  deckIds?: string[];
  settings: SchedulerSettings;
  /** The card an undo brought back: shown first, wherever the queue would put it. */
  pinnedCardId: string | null;
};

/**
 * Reads today's whole queue and the card at its head, in one read transaction. No screen uses
 * it since the Review screen reads the queue once per session (live-review-session.ts): it
 * is the previous design, kept as the per-card full read the review bench compares with.
 */
export function loadReviewSnapshot(db: DrillbookDb, query: SnapshotQuery): Promise<ReviewSnapshot> {
  const tables = [db.decks, db.cards, db.schedule, db.reviews, db.settings];
  return db.transaction('r', tables, async () => {
    const session = await loadSessionQueue(db, query);
    const { queue, nextDueAt } = viewSessionQueue(session, query.now);
    const pinned = query.pinnedCardId;
    const head = queue.items.find((item) => item.cardId === pinned) ?? queue.items[0];
    const current = head ? await loadQueueHead(db, head, query.now, query.settings) : null;
    return { current, counts: queue.counts, nextDueAt };
  });
}

export type SessionScope = { now: number; deckIds?: string[]; settings: SchedulerSettings };

/** Everything today's queue is built from, read in one read transaction (a session's start). */
export function loadSessionQueue(db: DrillbookDb, scope: SessionScope): Promise<SessionQueue> {
  const tables = [db.decks, db.cards, db.schedule, db.reviews, db.settings];
  return db.transaction('r', tables, () => readSessionQueue(db, scope));
}

async function readSessionQueue(db: DrillbookDb, scope: SessionScope): Promise<SessionQueue> {
  const { now, settings } = scope;
  const { dayStart, dayEnd } = readStudyDay(now, settings.dayStartHour);
  const deckLimits = await getDeckLimits(db);
  const input = await loadQueueInput(db, {
    now,
    dayStart,
    dayEnd,
    ...(scope.deckIds ? { deckIds: scope.deckIds } : {}),
    learnAheadMs: defaultLearnAheadMs,
    newLimit: settings.newCardsPerDay,
    reviewLimit: settings.maxReviewsPerDay,
    deckLimits,
  });
  return {
    dayStart,
    dayEnd,
    learning: input.allLearning,
    reviews: input.reviews,
    newCards: input.newCards,
    doneToday: countDoneToday(input.reviewsToday, dayStart),
    limits: {
      newCardsPerDay: settings.newCardsPerDay,
      maxReviewsPerDay: settings.maxReviewsPerDay,
    },
    deckAllowances: input.deckAllowances,
    nextReviewDue: input.nextReviewDue,
  };
}

/**
 * A queue item's card, schedule row and deck title, read together in one read transaction
 * (a session's next card: the deck id is known, so the three reads run at once).
 */
export async function loadQueueHead(
  db: DrillbookDb,
  item: { cardId: string; deckId: string },
  now: number,
  settings: SchedulerSettings,
): Promise<ShownCard | null> {
  const rows = await db.transaction('r', [db.cards, db.schedule, db.decks], () =>
    readQueueHead(db, item),
  );
  return rows === undefined ? null : toShownCard(rows, now, settings);
}

/** A stored queue item as the screen shows it, with the four ratings' outcomes at `now`. */
export function toShownCard(
  rows: QueueHeadRows,
  now: number,
  settings: SchedulerSettings,
): ShownCard {
  return { ...rows, previews: previewRatings(rows.schedule, now, settings) };
}

export type RatingRequest = {
  shown: ShownCard;
  rating: Rating;
  mode: ReviewMode;
  now: number;
  durationMs: number;
  reviewId: string;
  settings: SchedulerSettings;
};

export type RatingOutcome = 'saved' | 'already-rated';

/**
 * Rates the card on screen. If another tab rated it first, nothing is written: the other
 * tab's review stands, and the screen moves on to the next card.
 */
export async function rateShownCard(
  db: DrillbookDb,
  request: RatingRequest,
): Promise<RatingOutcome> {
  return (await commitRating(db, request)).outcome;
}

/**
 * As rateShownCard, and also what was written, for a session to apply to its queue. With
 * `readNext`, the commit also reads that queue item (see saveRating): `next` is what it read.
 */
export async function commitRating(
  db: DrillbookDb,
  request: RatingRequest,
  readNext?: { cardId: string; deckId: string },
): Promise<{ outcome: RatingOutcome; rated: RatedCard; next?: QueueHeadRows }> {
  const { shown } = request;
  const rated = rateCard({
    before: shown.schedule,
    cardId: shown.card.id,
    deckId: shown.card.deckId,
    rating: request.rating,
    now: request.now,
    reviewId: request.reviewId,
    mode: request.mode,
    durationMs: request.durationMs,
    settings: request.settings,
  });
  try {
    const next = await saveRating(db, { ...rated, expectedBefore: shown.schedule }, readNext);
    return { outcome: 'saved', rated, ...(next === undefined ? {} : { next }) };
  } catch (error) {
    if (error instanceof StaleCardError) return { outcome: 'already-rated', rated };
    throw error;
  }
}

/** Undoes this device's newest review, whichever tab or session made it. Returns the card it restored. */
export async function undoLastRating(db: DrillbookDb): Promise<string | null> {
  const undone = await undoLastReview(db);
  return undone?.cardId ?? null;
}
