import { randomUUID } from 'node:crypto';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import { type SyncServer, startSyncServer, withReplication } from '../../scripts/sync-server';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import { readAllTables } from '../../src/storage/backup-tables';
import { syncDecks } from '../../src/storage/bank-sync';
import type { DrillbookDb } from '../../src/storage/db';
import { type SyncEngine, startSyncEngine } from '../../src/sync/sync-engine';
import type { SyncStatus } from '../../src/sync/sync-status';
import { createTestDatabase, NOW } from '../storage/test-db';
import { makeDeck } from '../support/test-database';

export const ClientPouch = withReplication(PouchDB.plugin(memoryAdapter).plugin(httpAdapter));
export const USER = { name: 'alice', password: 'correct horse battery' };

export type Device = {
  name: string;
  db: DrillbookDb;
  mirror: PouchDB;
  engine: SyncEngine;
  statuses: SyncStatus[];
  lastStatus: () => SyncStatus | undefined;
};

export async function startServer(storeName: string = randomUUID(), port = 0): Promise<SyncServer> {
  return startSyncServer({ port, users: [USER], storeName });
}

/** A device with the built-in bank; sync not started. */
export async function createDeviceDatabase(): Promise<DrillbookDb> {
  const db = createTestDatabase();
  await syncDecks(db, [makeDeck('builtin', 6)], 'builtin', NOW);
  return db;
}

export async function startDevice(
  name: string,
  server: SyncServer,
  db: DrillbookDb,
  password = USER.password,
  mirrorName = `mirror-${name}-${randomUUID()}`,
): Promise<Device> {
  const mirror = new ClientPouch(mirrorName, { adapter: 'memory' });
  const remote = new ClientPouch(server.databaseUrl(USER.name), {
    auth: { username: USER.name, password },
    skip_setup: true,
  });
  const statuses: SyncStatus[] = [];
  const engine = await startSyncEngine({
    db,
    mirror,
    remote,
    deviceId: name,
    now: () => Date.now(),
    onStatus: (status) => statuses.push(status),
  });
  return { name, db, mirror, engine, statuses, lastStatus: () => statuses.at(-1) };
}

/** After a test: stops each device's sync and closes its database, then the server. */
export async function stopDevicesAndServer(devices: Device[], server: SyncServer | null) {
  for (const device of devices.splice(0)) {
    await device.engine.stop();
    device.db.close();
  }
  await server?.stop();
}

/** Waits until `check` holds, letting sync run; fails after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 45_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The data both devices should agree on once everything is exchanged. */
export async function readShared(db: DrillbookDb) {
  const data = await readAllTables(db);
  return {
    ...data,
    settings: data.settings,
    schedule: data.schedule,
  };
}

export { defaultSchedulerSettings };
