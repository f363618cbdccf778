import type { Table } from 'dexie';
import type { BackupData } from '../domain/deck-import/backup-format';
import { createFieldProblems } from '../domain/deck-import/field-reader';
import { readBackupData } from '../domain/deck-import/parse-backup';
import type { ReviewRow, ScheduleRow } from '../domain/scheduler/types';
import { toCardRow, toStoredCard } from './card-row';
import type { DrillbookDb } from './db';
import { IMPORT_CHUNK_SIZE, ImportCancelledError, type ImportHooks } from './import-repo';
import { clearReviews, putReviews, reviewLogTables } from './review-log';

/** The tables a backup holds, in the order they are written. */
export function backupTables(db: DrillbookDb) {
  return [db.decks, db.cards, db.schedule, db.reviews, db.settings];
}

/** The tables a restore writes: the backup's, and the review log's aggregates. */
export function restoreTables(db: DrillbookDb) {
  return [db.decks, db.cards, db.schedule, db.settings, ...reviewLogTables(db)];
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

type WriteRows<T> = (chunk: T[]) => Promise<unknown>;

/** Replaces every backup table with `data`, in bulk chunks. Call inside a transaction. */
export async function replaceAllTables(
  db: DrillbookDb,
  data: BackupData,
  hooks: ImportHooks,
): Promise<void> {
  for (const table of [db.decks, db.cards, db.schedule, db.settings]) await table.clear();
  await clearReviews(db);
  const schedule = new Map<string, ScheduleRow>(data.schedule.map((row) => [row.cardId, row]));
  const cards = data.cards.map((card) => toCardRow(card, schedule.get(card.id)));
  const total = data.decks.length + cards.length + data.schedule.length + data.reviews.length;
  let written = 0;
  const write = async <T, K>(table: Table<T, K> | WriteRows<T>, rows: readonly T[]) => {
    const put = typeof table === 'function' ? table : (chunk: T[]) => table.bulkPut(chunk);
    for (let start = 0; start < rows.length; start += IMPORT_CHUNK_SIZE) {
      if (hooks.isCancelled?.()) throw new ImportCancelledError();
      const chunk = rows.slice(start, start + IMPORT_CHUNK_SIZE);
      await put(chunk);
      written += chunk.length;
      hooks.onProgress?.(written, total);
    }
  };
  hooks.onProgress?.(0, total);
  await write(db.decks, data.decks);
  await write(db.cards, cards);
  await write(db.schedule, data.schedule);
  await write((chunk: ReviewRow[]) => putReviews(db, chunk), data.reviews);
  await db.settings.bulkPut(data.settings);
}
