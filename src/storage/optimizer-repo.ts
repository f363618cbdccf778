import { groupReviewsByCard } from '../domain/scheduler/group-reviews';
import {
  isSchedulingReview,
  MIN_OPTIMIZER_REVIEWS,
  type OptimizerReview,
} from '../domain/scheduler/optimizer-input';
import { isPracticeMode } from '../domain/scheduler/rate-card';
import { replayReviews } from '../domain/scheduler/replay';
import type { ReviewRow, ScheduleRow, SchedulerSettings } from '../domain/scheduler/types';
import { hasStaleQueueMarker, toCardRow } from './card-row';
import type { DrillbookDb } from './db';

// Pages keep the reader's memory to the compact fields; bulk chunks of 1,000 (docs/architecture.md,
// "Measured facts").
const READ_PAGE_SIZE = 5000;
const RESCHEDULE_CARDS_PER_TRANSACTION = 1000;

export type ProgressListener = (done: number, total: number) => void;

/** How much to read or write at a time; tests make it small to cover the seams. */
export type BatchOptions = { batchSize?: number; onProgress?: ProgressListener };

/**
 * The scheduling reviews (ratings that moved a schedule: no resets, no practice), counted up
 * to `upTo`: enough to tell whether Optimize may run without reading a long history.
 */
export async function countSchedulingReviews(
  db: DrillbookDb,
  upTo = MIN_OPTIMIZER_REVIEWS,
): Promise<number> {
  return db.reviews.filter(isSchedulingReview).limit(upTo).count();
}

/** Every review the optimizer reads (practice left out), in pages by id, compact. */
export async function listOptimizerReviews(
  db: DrillbookDb,
  { batchSize = READ_PAGE_SIZE, onProgress }: BatchOptions = {},
): Promise<OptimizerReview[]> {
  const total = await db.reviews.count();
  const reviews: OptimizerReview[] = [];
  let read = 0;
  let lastId: string | null = null;
  for (;;) {
    const page: ReviewRow[] = await (lastId === null
      ? db.reviews.orderBy(':id')
      : db.reviews.where(':id').above(lastId)
    )
      .limit(batchSize)
      .toArray();
    for (const { id, cardId, rating, mode, reviewedAt } of page) {
      if (!isPracticeMode(mode)) reviews.push({ id, cardId, rating, mode, reviewedAt });
    }
    read += page.length;
    onProgress?.(read, Math.max(read, total));
    const last = page.at(-1);
    if (last === undefined || page.length < batchSize) return reviews;
    lastId = last.id;
  }
}

/**
 * Rebuilds the schedule of every card with reviews by replaying them with `settings` (new
 * parameters, say). Each chunk of cards is read, replayed and written in one transaction, so a
 * rating made meanwhile is either replayed or made after, never lost. A bury is kept; a card
 * whose replay leaves it new (only resets or practice) is left as it is. Returns the rows written.
 */
export async function rescheduleCards(
  db: DrillbookDb,
  settings: SchedulerSettings,
  { batchSize = RESCHEDULE_CARDS_PER_TRANSACTION, onProgress }: BatchOptions = {},
): Promise<number> {
  const keys = await db.reviews.orderBy('cardId').uniqueKeys();
  const cardIds = keys.filter((key): key is string => typeof key === 'string');
  let written = 0;
  for (let start = 0; start < cardIds.length; start += batchSize) {
    const chunk = cardIds.slice(start, start + batchSize);
    written += await rescheduleChunk(db, chunk, settings);
    onProgress?.(start + chunk.length, cardIds.length);
  }
  return written;
}

async function rescheduleChunk(
  db: DrillbookDb,
  cardIds: readonly string[],
  settings: SchedulerSettings,
): Promise<number> {
  return db.transaction('rw', [db.reviews, db.schedule, db.cards], async () => {
    const reviews = await db.reviews.where('cardId').anyOf(cardIds).toArray();
    const current = await db.schedule.bulkGet([...cardIds]);
    const byCard = groupReviewsByCard(reviews);
    const rows: ScheduleRow[] = [];
    cardIds.forEach((cardId, i) => {
      const before = current[i];
      const cardReviews = byCard.get(cardId) ?? [];
      const deckId = before?.deckId ?? cardReviews.at(-1)?.deckId;
      if (deckId === undefined) return;
      const replayed = replayReviews(cardId, deckId, cardReviews, settings);
      if (replayed === null) return;
      rows.push({ ...replayed, buriedUntil: before?.buriedUntil ?? null });
    });
    await db.schedule.bulkPut(rows);
    await refreshQueueMarkers(db, rows);
    return rows.length;
  });
}

/** A card that had no row yet leaves the new queue once it has one (see card-row.ts). */
async function refreshQueueMarkers(db: DrillbookDb, rows: readonly ScheduleRow[]): Promise<void> {
  const cards = await db.cards.bulkGet(rows.map((row) => row.cardId));
  const stale = cards.flatMap((card, i) => {
    const row = rows[i];
    return card !== undefined && hasStaleQueueMarker(card, row) ? [toCardRow(card, row)] : [];
  });
  if (stale.length > 0) await db.cards.bulkPut(stale);
}
