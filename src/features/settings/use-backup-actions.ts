import { useState } from 'react';
import { describeStorageError } from '../../data/services/errors';
import { send } from '../../data/surface';
import { describeImportReport, describeProgress } from '../../domain/deck-import/describe-report';
import type { ImportJobHandle, RunImportJob } from '../../domain/deck-import/import-messages';
import { downloadTextFile, formatFileDate } from './download-file';

export type BackupActions = {
  messages: string[];
  progress: string | null;
  isBusy: boolean;
  exportNow: () => Promise<void>;
  restore: (file: File) => Promise<void>;
  cancelRestore: () => void;
};

/** Export backup and Restore backup (design section 6); restores run in the import worker. */
export function useBackupActions(runImportJob: RunImportJob<File>): BackupActions {
  const [messages, setMessages] = useState<string[]>([]);
  const [progress, setProgress] = useState<string | null>(null);
  const [job, setJob] = useState<ImportJobHandle | null>(null);
  const [isExporting, setExporting] = useState(false);

  const exportNow = async () => {
    setExporting(true);
    try {
      const backup = await send('exportBackup');
      const fileName = `drillbook-backup-${formatFileDate(backup.exportedAt)}.json`;
      downloadTextFile(backup.json, fileName, 'application/json');
      setMessages([
        `Backup exported as ${fileName}: ${backup.deckCount} decks, ${backup.cardCount} cards, ${backup.reviewCount} reviews.`,
      ]);
    } catch (error) {
      setMessages([describeStorageError(error)]);
    } finally {
      setExporting(false);
    }
  };

  const restore = async (file: File) => {
    setMessages([]);
    setProgress('Starting…');
    const handle = runImportJob(
      { expectation: 'backup', sources: [{ name: file.name, file }] },
      (next) => setProgress(describeProgress(next)),
    );
    setJob(handle);
    const report = await handle.done;
    setJob(null);
    setProgress(null);
    setMessages(describeImportReport(report));
  };

  return {
    messages,
    progress,
    isBusy: isExporting || job !== null,
    exportNow,
    restore,
    cancelRestore: () => job?.cancel(),
  };
}
