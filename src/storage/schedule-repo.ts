import type { ReviewRow, ScheduleRow } from '../domain/scheduler/types';
import { hasStaleQueueMarker, toCardRow } from './card-row';
import type { DrillbookDb } from './db';
import { StaleCardError } from './storage-errors';

export type RatingWrite = {
  /** The card's row after the rating; null deletes it (the card is new again). */
  schedule: ScheduleRow | null;
  review: ReviewRow;
  /** The row the rating was computed from (null for a new card). */
  expectedBefore: ScheduleRow | null;
};

/** A card's schedule row; null while the card is new and has never been rated. */
export async function getScheduleRow(db: DrillbookDb, cardId: string): Promise<ScheduleRow | null> {
  return (await db.schedule.get(cardId)) ?? null;
}

/**
 * Commits one rating: schedule row and review row in one transaction. If the stored row is
 * no longer `expectedBefore` (another tab rated the card first), throws StaleCardError and
 * writes nothing, so a review is never lost nor applied twice.
 */
export async function saveRating(db: DrillbookDb, write: RatingWrite): Promise<void> {
  const { schedule, review, expectedBefore } = write;
  if (schedule !== null && schedule.cardId !== review.cardId) {
    throw new TypeError(
      `Schedule row ${schedule.cardId} does not match review of ${review.cardId}`,
    );
  }
  await db.transaction('rw', [db.schedule, db.reviews, db.cards], async () => {
    const current = (await db.schedule.get(review.cardId)) ?? null;
    if (!isSameScheduleRow(current, expectedBefore)) {
      throw new StaleCardError(review.cardId, current);
    }
    await writeScheduleRow(db, review.cardId, schedule);
    // add, not put: saving the same review twice must fail rather than overwrite.
    await db.reviews.add(review);
  });
}

/** Writes a row outside a rating, e.g. bury until tomorrow. */
export async function saveScheduleRow(db: DrillbookDb, row: ScheduleRow): Promise<void> {
  await db.transaction('rw', [db.schedule, db.cards], () => writeScheduleRow(db, row.cardId, row));
}

/** Puts or deletes a card's row and keeps its new-queue marker in step. Call inside a transaction. */
export async function writeScheduleRow(
  db: DrillbookDb,
  cardId: string,
  row: ScheduleRow | null,
): Promise<void> {
  if (row === null) await db.schedule.delete(cardId);
  else await db.schedule.put(row);
  const card = await db.cards.get(cardId);
  if (card !== undefined && hasStaleQueueMarker(card, row)) {
    await db.cards.put(toCardRow(card, row));
  }
}

/** Field-by-field equality of two schedule rows (rows are flat records). */
export function isSameScheduleRow(a: ScheduleRow | null, b: ScheduleRow | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!isSameValue(Reflect.get(a, key), Reflect.get(b, key))) return false;
  }
  return true;
}

function isSameValue(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}
