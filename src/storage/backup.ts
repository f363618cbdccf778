import {
  type BackupData,
  type BackupFile,
  createBackupFile,
} from '../domain/deck-import/backup-format';
import type { BackupRestoreSummary, RestoreMode } from '../domain/deck-import/import-messages';
import { serializeBackupPieces } from '../domain/deck-import/serialize-backup';
import { defaultSchedulerSettings } from '../domain/scheduler/settings';
import { mergeBackupData, mergeSettings } from './backup-merge';
import { backupTables, isUntouched, readAllTables, replaceAllTables } from './backup-tables';
import type { DrillbookDb } from './db';
import type { ImportHooks } from './import-repo';
import { saveLastExportAt } from './meta-repo';
import { getSchedulerSettings } from './settings-repo';

/**
 * Everything a user would miss, as the backup file of design section 6, read in one
 * transaction. Records the export time, which the backup reminder reads.
 */
export async function exportBackup(db: DrillbookDb, now: number): Promise<BackupFile> {
  const data = await db.transaction('r', backupTables(db), () => readAllTables(db));
  await saveLastExportAt(db, now);
  return createBackupFile(data, now);
}

/** The file's text whole, for small backups and tests; Export builds the file from the pieces. */
export function serializeBackup(backup: BackupFile): string {
  return [...serializeBackupPieces(backup)].join('');
}

/**
 * Restores a backup in one transaction. Into an app that holds nothing of the user's yet, the
 * backup becomes its data exactly. Otherwise the two are merged (see mergeBackupData), each
 * card reviewed on both sides rescheduled by replaying its merged reviews.
 */
export async function restoreBackup(
  db: DrillbookDb,
  backup: BackupFile,
  file: string,
  hooks: ImportHooks = {},
): Promise<BackupRestoreSummary> {
  return db.transaction('rw', backupTables(db), async () => {
    if (await isUntouched(db)) {
      await replaceAllTables(db, backup, hooks);
      return summarize(file, 'replaced', backup, backup.reviews.length, 0);
    }
    const local = await readAllTables(db);
    // Settings merge first, so that the replay runs with the settings the app will use.
    await db.settings.bulkPut(mergeSettings(local.settings, backup.settings));
    const settings = await getSchedulerSettings(db, defaultSchedulerSettings);
    const merged = mergeBackupData(local, backup, settings);
    await replaceAllTables(db, merged.data, hooks);
    return summarize(file, 'merged', merged.data, merged.newReviews, merged.rebuiltCards);
  });
}

function summarize(
  file: string,
  mode: RestoreMode,
  data: BackupData,
  newReviews: number,
  rebuiltCards: number,
): BackupRestoreSummary {
  return {
    file,
    mode,
    decks: data.decks.length,
    cards: data.cards.length,
    reviews: data.reviews.length,
    newReviews,
    rebuiltCards,
  };
}
