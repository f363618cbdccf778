import type { DrillbookDb } from './db';

const LAST_EXPORT_KEY = 'lastExportAt';

export async function getMeta(db: DrillbookDb, key: string): Promise<unknown> {
  return (await db.meta.get(key))?.value;
}

export async function saveMeta(db: DrillbookDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

/** When the user last exported a backup (epoch ms), or null if never: drives the backup reminder. */
export async function getLastExportAt(db: DrillbookDb): Promise<number | null> {
  const value = await getMeta(db, LAST_EXPORT_KEY);
  return typeof value === 'number' ? value : null;
}

export async function saveLastExportAt(db: DrillbookDb, at: number): Promise<void> {
  await saveMeta(db, LAST_EXPORT_KEY, at);
}
