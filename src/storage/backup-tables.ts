import type { Table } from 'dexie';
import type { BackupData } from '../domain/deck-import/backup-format';
import { createFieldProblems } from '../domain/deck-import/field-reader';
import { readBackupData } from '../domain/deck-import/parse-backup';
import type { ScheduleRow } from '../domain/scheduler/types';
import { toCardRow, toStoredCard } from './card-row';
import type { DrillbookDb } from './db';
import { IMPORT_CHUNK_SIZE, ImportCancelledError, type ImportHooks } from './import-repo';

/** The tables a backup holds, in the order they are written. */
export function backupTables(db: DrillbookDb) {
  return [db.decks, db.cards, db.schedule, db.reviews, db.settings];
}

/** Every table as backup data: rows rebuilt from known fields and sorted, as a file keeps them. */
export async function readAllTables(db: DrillbookDb): Promise<BackupData> {
  const [decks, cards, schedule, reviews, settings] = await Promise.all([
    db.decks.toArray(),
    db.cards.toArray(),
    db.schedule.toArray(),
    db.reviews.toArray(),
    db.settings.toArray(),
  ]);
  const rows = { decks, cards: cards.map(toStoredCard), schedule, reviews, settings };
  // Rows the app wrote always read back whole; the check only fixes key order.
  return readBackupData(rows, createFieldProblems());
}

/** Whether the app holds nothing of the user's yet: only the built-in bank, never reviewed. */
export async function isUntouched(db: DrillbookDb): Promise<boolean> {
  const [reviews, schedule, imported, suspended] = await Promise.all([
    db.reviews.count(),
    db.schedule.count(),
    db.decks.where('source').equals('import').count(),
    db.cards.where('status').equals('suspended').count(),
  ]);
  return reviews + schedule + imported + suspended === 0;
}

/** Replaces every backup table with `data`, in bulk chunks. Call inside a transaction. */
export async function replaceAllTables(
  db: DrillbookDb,
  data: BackupData,
  hooks: ImportHooks,
): Promise<void> {
  for (const table of backupTables(db)) await table.clear();
  const schedule = new Map<string, ScheduleRow>(data.schedule.map((row) => [row.cardId, row]));
  const cards = data.cards.map((card) => toCardRow(card, schedule.get(card.id)));
  const total = data.decks.length + cards.length + data.schedule.length + data.reviews.length;
  let written = 0;
  const write = async <T, K>(table: Table<T, K>, rows: readonly T[]) => {
    for (let start = 0; start < rows.length; start += IMPORT_CHUNK_SIZE) {
      if (hooks.isCancelled?.()) throw new ImportCancelledError();
      const chunk = rows.slice(start, start + IMPORT_CHUNK_SIZE);
      await table.bulkPut(chunk);
      written += chunk.length;
      hooks.onProgress?.(written, total);
    }
  };
  hooks.onProgress?.(0, total);
  await write(db.decks, data.decks);
  await write(db.cards, cards);
  await write(db.schedule, data.schedule);
  await write(db.reviews, data.reviews);
  await db.settings.bulkPut(data.settings);
}
