import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncServer } from '../../scripts/sync-server';
import { checkSyncServer } from '../../src/sync/server-check';
import { describeSyncStatus } from '../../src/sync/sync-status';
import { MINUTE, rate } from '../storage/backup-fixture';
import { NOW } from '../storage/test-db';
import {
  createDeviceDatabase,
  type Device,
  readShared,
  startDevice,
  startServer,
  USER,
  waitFor,
} from './sync-harness';

const servers: SyncServer[] = [];
const devices: Device[] = [];

afterEach(async () => {
  for (const device of devices.splice(0)) {
    await device.engine.stop();
    device.db.close();
  }
  for (const server of servers.splice(0)) await server.stop();
});

const time = (at: number) => new Date(at).toISOString();
const credentials = { username: USER.name, password: USER.password };

// Generous: these tests run a server and two devices on a machine shared with other work.
vi.setConfig({ testTimeout: 60_000 });

describe('sync when things go wrong', () => {
  it('says plainly when the password is wrong, the server is away or is not CouchDB', async () => {
    const server = await startServer();
    servers.push(server);
    const url = server.databaseUrl(USER.name);
    expect(await checkSyncServer(url, credentials)).toBeNull();
    expect(await checkSyncServer(url, { ...credentials, password: 'nope' })).toBe('wrong-password');
    expect(await checkSyncServer('http://localhost:9/db', credentials)).toBe('unreachable');
    expect(await checkSyncServer(`${server.url}/_all_dbs`, credentials)).toBe('not-couchdb');
    expect(await checkSyncServer('http://sync.example.com/db', credentials)).toBe('insecure-url');

    const device = await startDevice('device-a', server, await createDeviceDatabase(), 'nope');
    devices.push(device);
    await waitFor(() => device.lastStatus()?.state === 'error');
    const status = device.lastStatus();
    expect(status && describeSyncStatus(status, time)).toMatch(
      /refused this username and password/,
    );
  });

  it('skips a hostile doc put on the server, names it, and leaves the data untouched', async () => {
    const server = await startServer();
    servers.push(server);
    const a = await startDevice('device-a', server, await createDeviceDatabase());
    devices.push(a);
    await rate(a.db, 'builtin/what-is-topic-1', NOW, 'a1');
    await a.engine.whenIdle();
    const before = await readShared(a.db);
    const auth = `Basic ${Buffer.from(`${USER.name}:${USER.password}`).toString('base64')}`;
    const hostile = {
      kind: 'reviews',
      deviceId: 'mallory',
      day: '2026-03-10',
      reviews: [{ id: 'evil', cardId: 'builtin/what-is-topic-1', rating: 99 }],
    };
    const put = await fetch(`${server.databaseUrl(USER.name)}/reviews%2Fmallory%2F2026-03-10`, {
      method: 'PUT',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify(hostile),
    });
    expect(put.status).toBe(201);
    await waitFor(() => {
      const status = a.lastStatus();
      return status !== undefined && 'skipped' in status && status.skipped.length > 0;
    });
    const status = a.lastStatus();
    expect(status && describeSyncStatus(status, time)).toContain('reviews/mallory/2026-03-10');
    await a.engine.whenIdle();
    expect(await readShared(a.db)).toEqual(before);
  });

  it('loses and doubles nothing when the server stops mid-sync and comes back', async () => {
    const storeName = `restart-${Date.now()}`;
    let server = await startServer(storeName);
    const { port } = server;
    const dbA = await createDeviceDatabase();
    for (let i = 0; i < 40; i += 1) {
      await rate(dbA, `builtin/what-is-topic-${(i % 6) + 1}`, NOW + i * 10 * MINUTE, `a${i}`);
    }
    const a = await startDevice('device-a', server, dbA);
    devices.push(a);
    await server.stop();
    await waitFor(() => a.lastStatus()?.state === 'offline');
    for (let i = 40; i < 45; i += 1) {
      await rate(dbA, `builtin/what-is-topic-${(i % 6) + 1}`, NOW + i * 10 * MINUTE, `a${i}`);
    }
    await a.engine.whenIdle();
    const offline = a.lastStatus();
    expect(offline && describeSyncStatus(offline, time)).toMatch(/Offline: \d+ changes? waiting/);

    server = await startServer(storeName, port);
    servers.push(server);
    await a.engine.syncNow();
    const b = await startDevice('device-b', server, await createDeviceDatabase());
    devices.push(b);
    await waitFor(async () => (await b.db.reviews.count()) === 45);
    await waitFor(() => a.lastStatus()?.state === 'synced');
    await b.engine.whenIdle();
    expect(await b.db.reviews.count()).toBe(45);
    expect(await readShared(b.db)).toEqual(await readShared(a.db));
  });
});
