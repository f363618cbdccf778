// The browser's sync, loaded with a dynamic import() only once sync is on: PouchDB and the
// engine stay out of the initial JavaScript.

import httpAdapter from 'pouchdb-adapter-http';
import idbAdapter from 'pouchdb-adapter-idb';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';
import type { DrillbookDb } from '../storage/db';
import type { SyncConfig } from '../storage/sync-config-repo';
import { readDeviceId } from './device-id';
import { checkSyncServer } from './server-check';
import { type SyncEngine, startSyncEngine } from './sync-engine';
import type { SyncStatus } from './sync-status';

const BrowserPouch = PouchDB.plugin(idbAdapter).plugin(httpAdapter).plugin(replication);
const MIRROR_NAME = 'drillbook-sync-mirror';

/**
 * Checks the server, then syncs live until stopped. On resume (a config the server accepted
 * before), an unreachable server is most likely a device offline: sync starts anyway, and
 * changes wait until the network returns. The password goes in an Authorization
 * header on each request (Basic, over https), never in the URL; no cookie is relied on, since
 * browsers drop a cross-site cookie unless the server sets it `SameSite=None; Secure`.
 */
export async function startBrowserSync(
  db: DrillbookDb,
  config: SyncConfig,
  onStatus: (status: SyncStatus) => void,
  { isResume = false }: { isResume?: boolean } = {},
): Promise<SyncEngine | null> {
  const credentials = { username: config.username, password: config.password };
  const problem = await checkSyncServer(config.url, credentials);
  if (problem !== null && !(isResume && problem === 'unreachable')) {
    onStatus({ state: 'error', problem, waiting: 0 });
    return null;
  }
  return startSyncEngine({
    db,
    mirror: new BrowserPouch(MIRROR_NAME, { auto_compaction: true }),
    remote: new BrowserPouch(config.url, { auth: credentials, skip_setup: true }),
    deviceId: await readDeviceId(db),
    now: () => Date.now(),
    onStatus,
  });
}

/** Turning sync off forgets the mirror, so another server starts from this device's data. */
export async function forgetSyncMirror(): Promise<void> {
  await new BrowserPouch(MIRROR_NAME).destroy();
}
