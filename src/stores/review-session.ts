import type { StoredCard } from '../domain/card-types';
import { countDoneToday } from '../domain/scheduler/done-today';
import { previewRatings, type RatingPreview } from '../domain/scheduler/preview';
import { buildQueue, defaultLearnAheadMs, type Queue } from '../domain/scheduler/queue';
import { rateCard } from '../domain/scheduler/rate-card';
import type { Rating, ReviewMode, ScheduleRow, SchedulerSettings } from '../domain/scheduler/types';
import { getCard } from '../storage/card-repo';
import type { DrillbookDb } from '../storage/db';
import { getDeck } from '../storage/deck-repo';
import { loadQueueInput } from '../storage/queue-repo';
import { undoLastReview } from '../storage/review-repo';
import { getScheduleRow, saveRating } from '../storage/schedule-repo';
import { getDeckLimits } from '../storage/settings-repo';
import { StaleCardError } from '../storage/storage-errors';
import { readStudyDay } from './clock';

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
 * Reads today's queue and the card at its head, in one read transaction. Meant to run inside a
 * live query: the transaction keeps every read, the head card's too, in the query's watch.
 */
export function loadReviewSnapshot(db: DrillbookDb, query: SnapshotQuery): Promise<ReviewSnapshot> {
  const tables = [db.decks, db.cards, db.schedule, db.reviews, db.settings];
  return db.transaction('r', tables, () => readSnapshot(db, query));
}

async function readSnapshot(db: DrillbookDb, query: SnapshotQuery): Promise<ReviewSnapshot> {
  const { now, settings } = query;
  const { dayStart, dayEnd } = readStudyDay(now, settings.dayStartHour);
  const deckLimits = await getDeckLimits(db);
  const input = await loadQueueInput(db, {
    now,
    dayStart,
    dayEnd,
    ...(query.deckIds ? { deckIds: query.deckIds } : {}),
    learnAheadMs: defaultLearnAheadMs,
    newLimit: settings.newCardsPerDay,
    reviewLimit: settings.maxReviewsPerDay,
    deckLimits,
  });
  const queue = buildQueue({
    now,
    learning: input.learning,
    reviews: input.reviews,
    newCards: input.newCards,
    doneToday: countDoneToday(input.reviewsToday, dayStart),
    limits: {
      newCardsPerDay: settings.newCardsPerDay,
      maxReviewsPerDay: settings.maxReviewsPerDay,
    },
    deckAllowances: input.deckAllowances,
  });
  const nextDueAt = minDefined(input.nextDueAt, queue.nextLearningDue);
  const pinned = query.pinnedCardId;
  const headId =
    queue.items.find((item) => item.cardId === pinned)?.cardId ?? queue.items[0]?.cardId;
  const current = headId ? await loadShownCard(db, headId, now, settings) : null;
  return { current, counts: queue.counts, nextDueAt };
}

async function loadShownCard(
  db: DrillbookDb,
  cardId: string,
  now: number,
  settings: SchedulerSettings,
): Promise<ShownCard | null> {
  const card = await getCard(db, cardId);
  if (!card) return null;
  const [schedule, deck] = await Promise.all([
    getScheduleRow(db, cardId),
    getDeck(db, card.deckId),
  ]);
  return {
    card,
    deckTitle: deck?.title ?? '',
    schedule,
    previews: previewRatings(schedule, now, settings),
  };
}

function minDefined(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
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
    await saveRating(db, { ...rated, expectedBefore: shown.schedule });
    return 'saved';
  } catch (error) {
    if (error instanceof StaleCardError) return 'already-rated';
    throw error;
  }
}

/** Undoes the newest review, whichever tab or session made it. Returns the card it restored. */
export async function undoLastRating(db: DrillbookDb): Promise<string | null> {
  const undone = await undoLastReview(db);
  return undone?.cardId ?? null;
}
