import type { DrillbookDb } from '../storage/db';
import { getOrCreateSyncDeviceId } from '../storage/sync-config-repo';

/**
 * This installation's id, which names its sync docs. The one place sync reads it: when the
 * database keeps a device id of its own for every review, point this at it.
 */
export function readDeviceId(db: DrillbookDb): Promise<string> {
  return getOrCreateSyncDeviceId(db, () => crypto.randomUUID());
}
