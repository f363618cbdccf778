import {
  type BackupData,
  type BackupFile,
  createBackupFile,
} from '../domain/deck-import/backup-format';
import { MAX_LISTED_PROBLEMS } from '../domain/deck-import/field-reader';
import type { BackupRestoreSummary, RestoreMode } from '../domain/deck-import/import-messages';
import type { ImportProblem } from '../domain/deck-import/import-problem';
import { serializeBackupPieces } from '../domain/deck-import/serialize-backup';
import { defaultSchedulerSettings } from '../domain/scheduler/settings';
import { toImportProblems } from '../domain/validation/row-check';
import { collectKnownIds, validateBackupRows } from '../domain/validation/validate-backup-rows';
import { mergeBackupData, mergeSettings } from './backup-merge';
import {
  backupTables,
  isUntouched,
  readAllTables,
  replaceAllTables,
  restoreTables,
} from './backup-tables';
import type { DrillbookDb } from './db';
import type { ImportHooks } from './import-repo';
import { saveLastExportAt } from './meta-repo';
import { getSchedulerSettings } from './settings-repo';

/**
 * Everything a user would miss, as the backup file of docs/architecture.md ("Backup file"),
 * read in one transaction. Records the export time, which the backup reminder reads.
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
 * Restores a backup in one transaction, its rows checked again with the ids this device holds:
 * a row that refers to nothing is left out and named. Into an app that holds nothing of the user's yet, the
 * backup becomes its data exactly. Otherwise the two are merged (see mergeBackupData), each
 * card reviewed on both sides rescheduled by replaying its merged reviews.
 */
export async function restoreBackup(
  db: DrillbookDb,
  backup: BackupFile,
  file: string,
  hooks: ImportHooks = {},
): Promise<BackupRestoreSummary> {
  return db.transaction('rw', restoreTables(db), async () => {
    // parseBackupJson refuses a file without a valid export time; a backup built in code may lack one.
    const exportedAt = Date.parse(backup.exportedAt);
    const referenceTime = Number.isFinite(exportedAt) ? exportedAt : Date.now();
    if (await isUntouched(db)) {
      // Replacing: a reference must resolve within the file itself.
      const checked = validateBackupRows(backup, { referenceTime, known: collectKnownIds(null) });
      await replaceAllTables(db, checked.rows, hooks);
      const skipped = toImportProblems(file, checked.problems);
      return summarize(file, 'replaced', checked.rows, checked.rows.reviews.length, 0, skipped);
    }
    const local = await readAllTables(db);
    const checked = validateBackupRows(backup, { referenceTime, known: collectKnownIds(local) });
    const incoming = checked.rows;
    // Settings merge first, so that the replay runs with the settings the app will use.
    await db.settings.bulkPut(mergeSettings(local.settings, incoming.settings));
    const settings = await getSchedulerSettings(db, defaultSchedulerSettings);
    const merged = mergeBackupData(local, incoming, settings);
    await replaceAllTables(db, merged.data, hooks);
    const skipped = toImportProblems(file, checked.problems);
    return summarize(file, 'merged', merged.data, merged.newReviews, merged.rebuiltCards, skipped);
  });
}

function summarize(
  file: string,
  mode: RestoreMode,
  data: BackupData,
  newReviews: number,
  rebuiltCards: number,
  skipped: ImportProblem[],
): BackupRestoreSummary {
  return {
    file,
    mode,
    decks: data.decks.length,
    cards: data.cards.length,
    reviews: data.reviews.length,
    newReviews,
    rebuiltCards,
    skippedCount: skipped.length,
    skipped: skipped.slice(0, MAX_LISTED_PROBLEMS),
  };
}
