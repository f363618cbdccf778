import { getDatabase } from '../data/services/database';
import { readClock } from '../storage/clock';
import { useLiveQuery } from '../storage/live-query';
import { getLastExportAt } from '../storage/meta-repo';
import {
  getBackupReminderDismissedAt,
  getReviewSpan,
  saveBackupReminderDismissedAt,
} from '../storage/pwa-repo';
import { describeStorageError } from '../storage/storage-errors';
import { useAppStore } from '../stores/app-store';
import { isBackupReminderDue } from './backup-reminder-policy';

export type BackupReminder = { isDue: boolean; dismiss: () => Promise<void> };

/** Whether to remind the user to export a backup, kept current as reviews and exports happen. */
export function useBackupReminder(): BackupReminder {
  const isDue = useLiveQuery(async () => {
    const db = getDatabase();
    const [span, lastExportAt, dismissedAt] = await Promise.all([
      getReviewSpan(db),
      getLastExportAt(db),
      getBackupReminderDismissedAt(db),
    ]);
    return isBackupReminderDue({ ...span, lastExportAt, dismissedAt, now: readClock() });
  }, []);
  return {
    isDue: isDue ?? false,
    dismiss: async () => {
      try {
        await saveBackupReminderDismissedAt(getDatabase(), readClock());
      } catch (error) {
        useAppStore.getState().showAlert(describeStorageError(error));
      }
    },
  };
}
