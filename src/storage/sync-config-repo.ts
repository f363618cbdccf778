import type { DrillbookDb } from './db';
import { getMeta, saveMeta } from './meta-repo';

/**
 * Where and as whom this device syncs. Kept in the meta table, which no backup holds: the
 * password never leaves this device's storage but for the sync server itself.
 */
export type SyncConfig = { url: string; username: string; password: string };

const SYNC_CONFIG_KEY = 'syncConfig';
const SYNC_DEVICE_KEY = 'syncDeviceId';

export async function getSyncConfig(db: DrillbookDb): Promise<SyncConfig | null> {
  const value = await getMeta(db, SYNC_CONFIG_KEY);
  if (typeof value !== 'object' || value === null) return null;
  const url: unknown = Reflect.get(value, 'url');
  const username: unknown = Reflect.get(value, 'username');
  const password: unknown = Reflect.get(value, 'password');
  if (typeof url !== 'string' || typeof username !== 'string' || typeof password !== 'string') {
    return null;
  }
  return { url, username, password };
}

export async function saveSyncConfig(db: DrillbookDb, config: SyncConfig): Promise<void> {
  await saveMeta(db, SYNC_CONFIG_KEY, config);
}

export async function clearSyncConfig(db: DrillbookDb): Promise<void> {
  await db.meta.delete(SYNC_CONFIG_KEY);
}

/** This installation's id, made once by `create`. */
export async function getOrCreateSyncDeviceId(db: DrillbookDb, create: () => string) {
  return db.transaction('rw', db.meta, async () => {
    const stored = await getMeta(db, SYNC_DEVICE_KEY);
    if (typeof stored === 'string' && stored !== '') return stored;
    const id = create();
    await saveMeta(db, SYNC_DEVICE_KEY, id);
    return id;
  });
}
