import { exportBackup as readBackup, serializeBackup } from '../../storage/backup';
import { readClock } from '../../storage/clock';
import { getLastExportAt } from '../../storage/meta-repo';
import {
  getBackupReminderDismissedAt,
  getReviewSpan,
  saveBackupReminderDismissedAt,
} from '../../storage/pwa-repo';
import { getDatabase } from '../services/database';

export type ExportedBackup = {
  json: string;
  exportedAt: number;
  deckCount: number;
  cardCount: number;
  reviewCount: number;
};

/** What decides whether to remind the user to export a backup (all epoch ms, or null). */
export type BackupStatus = {
  firstReviewAt: number | null;
  lastReviewAt: number | null;
  lastExportAt: number | null;
  dismissedAt: number | null;
};

/** When a backup was last exported, or null. */
async function lastBackupAt(): Promise<number | null> {
  return await getLastExportAt(getDatabase());
}

/** Whether the user has made any review: progress worth keeping. */
async function hasReviews(): Promise<boolean> {
  return (await getReviewSpan(getDatabase())).lastReviewAt !== null;
}

async function backupStatus(): Promise<BackupStatus> {
  const db = getDatabase();
  const [span, lastExportAt, dismissedAt] = await Promise.all([
    getReviewSpan(db),
    getLastExportAt(db),
    getBackupReminderDismissedAt(db),
  ]);
  return { ...span, lastExportAt, dismissedAt };
}

/** Everything, as the backup file's text, and when it was taken. */
async function exportBackup(): Promise<ExportedBackup> {
  const exportedAt = readClock();
  const backup = await readBackup(getDatabase(), exportedAt);
  return {
    json: serializeBackup(backup),
    exportedAt,
    deckCount: backup.decks.length,
    cardCount: backup.cards.length,
    reviewCount: backup.reviews.length,
  };
}

async function dismissBackupReminder(): Promise<void> {
  await saveBackupReminderDismissedAt(getDatabase(), readClock());
}

export const queries = { lastBackupAt, hasReviews, backupStatus };
export const commands = { exportBackup, dismissBackupReminder };
