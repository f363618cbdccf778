import { Dexie } from 'dexie';
import type { ReviewRow } from '../domain/scheduler/types';
import type { DrillbookDb } from './db';
import { writeScheduleRow } from './schedule-repo';

/** A card's reviews, oldest first. */
export async function listReviewsForCard(db: DrillbookDb, cardId: string): Promise<ReviewRow[]> {
  return db.reviews
    .where('[cardId+reviewedAt]')
    .between([cardId, Dexie.minKey], [cardId, Dexie.maxKey])
    .toArray();
}

/**
 * Undoes the newest review (by reviewedAt, then id): restores the schedule row it replaced
 * and deletes it, in one transaction. Reads only the database, so it works after a reload.
 */
export async function undoLastReview(db: DrillbookDb): Promise<{ cardId: string } | null> {
  return db.transaction('rw', [db.reviews, db.schedule, db.cards], async () => {
    // A descending index cursor visits equal reviewedAt values by descending id.
    const last = await db.reviews.orderBy('reviewedAt').reverse().first();
    if (last === undefined) return null;
    await writeScheduleRow(db, last.cardId, last.before);
    await db.reviews.delete(last.id);
    return { cardId: last.cardId };
  });
}
