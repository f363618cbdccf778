import { useState } from 'react';
import { describeStorageError } from '../../data/services/errors';
import { send } from '../../data/surface';
import type { BackupFile } from '../../domain/deck-import/backup-format';
import { describeImportReport, describeProgress } from '../../domain/deck-import/describe-report';
import type { ImportJobHandle, RunImportJob } from '../../domain/deck-import/import-messages';
import { serializeBackupPieces } from '../../domain/deck-import/serialize-backup';
import { downloadBlob, formatFileDate } from './download-file';

export type BackupActions = {
  messages: string[];
  progress: string | null;
  isBusy: boolean;
  exportNow: () => Promise<void>;
  restore: (file: File) => Promise<void>;
  cancelRestore: () => void;
};

/**
 * The file as a Blob of Blobs: each piece's text is handed to the browser at once, so the
 * page never holds the file's text whole (a large collection's is longer than a string can be).
 */
function buildBackupBlob(backup: BackupFile): Blob {
  const parts: Blob[] = [];
  for (const piece of serializeBackupPieces(backup)) parts.push(new Blob([piece]));
  return new Blob(parts, { type: 'application/json' });
}

/**
 * Export backup and Restore backup (docs/architecture.md, "Backup file"); restores run in the
 * import worker.
 */
export function useBackupActions(runImportJob: RunImportJob<File>): BackupActions {
  const [messages, setMessages] = useState<string[]>([]);
  const [progress, setProgress] = useState<string | null>(null);
  const [job, setJob] = useState<ImportJobHandle | null>(null);
  const [isExporting, setExporting] = useState(false);

  const exportNow = async () => {
    setExporting(true);
    try {
      const { backup, exportedAt } = await send('exportBackup');
      const fileName = `drillbook-backup-${formatFileDate(exportedAt)}.json`;
      downloadBlob(buildBackupBlob(backup), fileName);
      setMessages([
        `Backup exported as ${fileName}: ${backup.decks.length} decks, ${backup.cards.length} cards, ${backup.reviews.length} reviews.`,
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
