import type { BackupFile } from '../../domain/deck-import/backup-format';
import { exportBackup as readBackup } from '../../storage/backup';
import { getLastExportAt } from '../../storage/meta-repo';
import {
  getBackupReminderDismissedAt,
  getReviewSpan,
  saveBackupReminderDismissedAt,
} from '../../storage/pwa-repo';
import { readClock } from '../services/clock';
import { getDatabase } from '../services/database';

export type ExportedBackup = { backup: BackupFile; exportedAt: number };

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

/** Everything, as the backup file holds it, and when it was taken (noted as the last export). */
async function exportBackup(): Promise<ExportedBackup> {
  const exportedAt = readClock();
  return { backup: await readBackup(getDatabase(), exportedAt), exportedAt };
}

async function dismissBackupReminder(): Promise<void> {
  await saveBackupReminderDismissedAt(getDatabase(), readClock());
}

export const queries = { lastBackupAt, hasReviews, backupStatus };
export const commands = { exportBackup, dismissBackupReminder };
