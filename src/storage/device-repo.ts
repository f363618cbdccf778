import type { DrillbookDb } from './db';

const DEVICE_ID_KEY = 'deviceId';

/**
 * This installation's id, made once on first use and kept in the meta table, which no backup
 * holds: restoring a backup never makes two devices one. Reviews record it, so Undo takes back
 * this device's own last review and never another device's. Call inside a read-write
 * transaction that holds `meta`, or on its own.
 */
export async function getOwnDeviceId(
  db: DrillbookDb,
  createId: () => string = () => crypto.randomUUID(),
): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const stored = (await db.meta.get(DEVICE_ID_KEY))?.value;
    if (typeof stored === 'string' && stored !== '') return stored;
    const id = createId();
    await db.meta.put({ key: DEVICE_ID_KEY, value: id });
    return id;
  });
}
