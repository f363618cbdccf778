import type { Dexie } from 'dexie';
import { describeStorageError, UpgradeBlockedError } from './storage-errors';

export type OpenDatabaseHandlers = {
  /** Another tab holds an older version open; the upgrade waits until it closes. */
  onBlocked?: (message: string) => void;
  /** Another tab upgrades the database: this connection has been closed so it can proceed. */
  onVersionChange?: (message: string) => void;
};

const VERSION_CHANGE_MESSAGE =
  'Drillbook was updated in another tab. Reload this tab to continue with the new version; your progress is saved.';

/** Opens the database, reporting a blocked upgrade and yielding to another tab's upgrade. */
export async function openDatabase<T extends Dexie>(
  db: T,
  handlers: OpenDatabaseHandlers = {},
): Promise<T> {
  // A subscriber returning false stops Dexie's own handlers, which only log to the console
  // and would silently reopen this connection with an outdated schema.
  db.on('blocked', () => {
    handlers.onBlocked?.(describeStorageError(new UpgradeBlockedError()));
    return false;
  });
  db.on('versionchange', () => {
    db.close();
    handlers.onVersionChange?.(VERSION_CHANGE_MESSAGE);
    return false;
  });
  await db.open();
  return db;
}

/**
 * Fetches and sets up the database library on its own, ahead of the app's code: start-up then
 * runs as several short tasks instead of one long one.
 */
export async function loadDatabaseLibrary(): Promise<void> {
  await import('dexie');
}
