import { useMemo } from 'react';
import { readClock } from '../data/services/clock';
import { describeStorageError } from '../data/services/errors';
import { send } from '../data/surface';
import { useQuery } from '../data/use-query';
import { useAppStore } from '../stores/app-store';
import { isBackupReminderDue } from './backup-reminder-policy';

export type BackupReminder = { isDue: boolean; dismiss: () => Promise<void> };

/** Whether to remind the user to export a backup, kept current as reviews and exports happen. */
export function useBackupReminder(): BackupReminder {
  const status = useQuery('backupStatus');
  // The time is read with each new status, as the reminder's query used to.
  const isDue = useMemo(
    () => status !== undefined && isBackupReminderDue({ ...status, now: readClock() }),
    [status],
  );
  return {
    isDue,
    dismiss: async () => {
      try {
        await send('dismissBackupReminder');
      } catch (error) {
        useAppStore.getState().showAlert(describeStorageError(error));
      }
    },
  };
}
