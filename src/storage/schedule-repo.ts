import { isNew } from '../domain/card-state';
import type { ReviewRow, ScheduleRow } from '../domain/scheduler/types';
import { type CardRow, hasStaleQueueMarker, toCardRow } from './card-row';
import type { DrillbookDb } from './db';
import { getOwnDeviceId } from './device-repo';
import { type QueueHeadRows, readQueueHead } from './queue-head-repo';
import { addReviews, reviewLogTables } from './review-log';
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
 * writes nothing, so a review is never lost nor applied twice. With `readNext`, it also reads
 * that queue item in the same round trip (the card a review session expects to show next) and
 * resolves to it: undefined when it is gone or was not asked for.
 */
export async function saveRating(
  db: DrillbookDb,
  write: RatingWrite,
  readNext?: { cardId: string; deckId: string },
): Promise<QueueHeadRows | undefined> {
  const { schedule, review, expectedBefore } = write;
  if (schedule !== null && schedule.cardId !== review.cardId) {
    throw new TypeError(
      `Schedule row ${schedule.cardId} does not match review of ${review.cardId}`,
    );
  }
  // Two round trips, the reads together and then the writes together: a commit costs about
  // what its round trips cost. A card scheduled before and after the rating has no new-queue
  // marker to update, so its row is not read at all.
  const isMarkerKept = isScheduled(expectedBefore) && isScheduled(schedule);
  const tables = [
    db.schedule,
    db.cards,
    ...reviewLogTables(db),
    ...(readNext === undefined ? [] : [db.decks]),
  ];
  return db.transaction('rw', tables, async () => {
    const [stored, card, deviceId, next] = await Promise.all([
      db.schedule.get(review.cardId),
      isMarkerKept ? undefined : db.cards.get(review.cardId),
      getOwnDeviceId(db),
      readNext === undefined ? undefined : readQueueHead(db, readNext),
    ]);
    const current = stored ?? null;
    if (!isSameScheduleRow(current, expectedBefore)) {
      throw new StaleCardError(review.cardId, current);
    }
    await Promise.all([
      putScheduleRow(db, review.cardId, schedule, card),
      // add, not put: saving the same review twice must fail rather than overwrite.
      addReviews(db, [{ ...review, deviceId }]),
    ]);
    return next;
  });
}

function isScheduled(row: ScheduleRow | null): boolean {
  return row !== null && !isNew(row.state);
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
  await putScheduleRow(db, cardId, row, await db.cards.get(cardId));
}

/**
 * Puts or deletes a card's row and, from the card's row as read in the same transaction
 * (undefined: not read, as the marker cannot have changed), rewrites its new-queue marker.
 */
async function putScheduleRow(
  db: DrillbookDb,
  cardId: string,
  row: ScheduleRow | null,
  card: CardRow | undefined,
): Promise<void> {
  await Promise.all([
    row === null ? db.schedule.delete(cardId) : db.schedule.put(row),
    card !== undefined && hasStaleQueueMarker(card, row)
      ? db.cards.put(toCardRow(card, row))
      : undefined,
  ]);
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
