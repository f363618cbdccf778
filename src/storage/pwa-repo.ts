import type { DrillbookDb } from './db';
import { getMeta, saveMeta } from './meta-repo';

const BACKUP_REMINDER_DISMISSED_KEY = 'backupReminderDismissedAt';

/** When the first and the latest reviews were made (epoch ms); nulls when there is none. */
export type ReviewSpan = { firstReviewAt: number | null; lastReviewAt: number | null };

/** Two index reads, whatever the number of reviews. */
export async function getReviewSpan(db: DrillbookDb): Promise<ReviewSpan> {
  return db.transaction('r', db.reviews, async () => {
    const first = await db.reviews.orderBy('reviewedAt').first();
    const last = await db.reviews.orderBy('reviewedAt').last();
    return { firstReviewAt: first?.reviewedAt ?? null, lastReviewAt: last?.reviewedAt ?? null };
  });
}

/** When the user last dismissed the backup reminder (epoch ms), or null. */
export async function getBackupReminderDismissedAt(db: DrillbookDb): Promise<number | null> {
  const value = await getMeta(db, BACKUP_REMINDER_DISMISSED_KEY);
  return typeof value === 'number' ? value : null;
}

export async function saveBackupReminderDismissedAt(db: DrillbookDb, at: number): Promise<void> {
  await saveMeta(db, BACKUP_REMINDER_DISMISSED_KEY, at);
}
