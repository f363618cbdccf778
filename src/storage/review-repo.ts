import { Dexie } from 'dexie';
import type { ReviewRow } from '../domain/scheduler/types';
import type { DrillbookDb } from './db';
import { getOwnDeviceId } from './device-repo';
import { deleteReviews, reviewLogTables } from './review-log';
import { writeScheduleRow } from './schedule-repo';

/** A card's reviews, oldest first. */
export async function listReviewsForCard(db: DrillbookDb, cardId: string): Promise<ReviewRow[]> {
  return db.reviews
    .where('[cardId+reviewedAt]')
    .between([cardId, Dexie.minKey], [cardId, Dexie.maxKey])
    .toArray();
}

/**
 * Undoes this device's newest review (by reviewedAt, then id): restores the schedule row it
 * replaced and deletes it, in one transaction. Another device's review, merged from a backup,
 * is never undone here, however far its clock runs ahead. Reads only the database, so it
 * works after a reload.
 */
export async function undoLastReview(db: DrillbookDb): Promise<{ cardId: string } | null> {
  return db.transaction('rw', [db.schedule, db.cards, ...reviewLogTables(db)], async () => {
    const deviceId = await getOwnDeviceId(db);
    // Equal keys of an index are ordered by primary key: the last is the newest, then by id.
    const last = await db.reviews
      .where('[deviceId+reviewedAt]')
      .between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey])
      .last();
    if (last === undefined) return null;
    await writeScheduleRow(db, last.cardId, last.before);
    await deleteReviews(db, [last.id]);
    return { cardId: last.cardId };
  });
}
