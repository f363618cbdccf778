import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncServer } from '../../scripts/sync-server';
import { setCardStatus } from '../../src/storage/card-repo';
import { undoLastReview } from '../../src/storage/review-repo';
import { saveSetting } from '../../src/storage/settings-repo';
import { MINUTE, rate } from '../storage/backup-fixture';
import { DAY, NOW } from '../storage/test-db';
import {
  ClientPouch,
  createDeviceDatabase,
  type Device,
  readShared,
  startDevice,
  startServer,
  stopDevicesAndServer,
  USER,
  waitFor,
} from './sync-harness';

let server: SyncServer | null = null;
const devices: Device[] = [];

afterEach(async () => {
  await stopDevicesAndServer(devices, server);
  server = null;
});

async function start(name: string, db?: Awaited<ReturnType<typeof createDeviceDatabase>>) {
  if (server === null) throw new Error('no server');
  const device = await startDevice(name, server, db ?? (await createDeviceDatabase()));
  devices.push(device);
  return device;
}

async function reviewIds(device: Device): Promise<string[]> {
  return (await device.db.reviews.toCollection().primaryKeys()).sort();
}

async function converge(a: Device, b: Device, expected: number) {
  await waitFor(async () => {
    const [ia, ib] = await Promise.all([reviewIds(a), reviewIds(b)]);
    return ia.length === expected && ib.length === expected;
  });
  await a.engine.whenIdle();
  await b.engine.whenIdle();
}

// Generous: these tests run a server and two devices on a machine shared with other work.
vi.setConfig({ testTimeout: 60_000 });

describe('sync between two devices through a CouchDB server', () => {
  it('merges reviews made offline on different cards, none lost or doubled', async () => {
    server = await startServer();
    const dbA = await createDeviceDatabase();
    const dbB = await createDeviceDatabase();
    await rate(dbA, 'builtin/what-is-topic-1', NOW, 'a1');
    await rate(dbA, 'builtin/what-is-topic-1', NOW + 10 * MINUTE, 'a2');
    await rate(dbB, 'builtin/what-is-topic-2', NOW + MINUTE, 'b1');
    const a = await start('device-a', dbA);
    const b = await start('device-b', dbB);
    await converge(a, b, 3);
    expect(await reviewIds(a)).toEqual(['a1', 'a2', 'b1']);
    expect(await reviewIds(b)).toEqual(['a1', 'a2', 'b1']);
    expect(await b.db.schedule.get('builtin/what-is-topic-1')).toEqual(
      await a.db.schedule.get('builtin/what-is-topic-1'),
    );
  });

  it('keeps both reviews of a card reviewed on both devices, with the same replayed state', async () => {
    server = await startServer();
    const dbA = await createDeviceDatabase();
    const dbB = await createDeviceDatabase();
    await rate(dbA, 'builtin/what-is-topic-3', NOW, 'a1', 3);
    await rate(dbB, 'builtin/what-is-topic-3', NOW + 5 * MINUTE, 'b1', 1);
    const a = await start('device-a', dbA);
    const b = await start('device-b', dbB);
    await converge(a, b, 2);
    const [rowA, rowB] = await Promise.all([
      a.db.schedule.get('builtin/what-is-topic-3'),
      b.db.schedule.get('builtin/what-is-topic-3'),
    ]);
    expect(rowA).toEqual(rowB);
    expect(rowA?.reps).toBe(2);
  });

  it('keeps syncing after a step fails once: the failed pull is tried again', async () => {
    server = await startServer();
    const a = await start('device-a');
    const b = await start('device-b');
    // The first write B's pull makes fails, as a busy or closing database can.
    vi.spyOn(b.db, 'transaction').mockImplementationOnce(() => {
      throw new Error('the database is busy');
    });
    await rate(a.db, 'builtin/what-is-topic-1', Date.now(), 'after-failure-1');
    await waitFor(async () => (await b.db.reviews.get('after-failure-1')) !== undefined);
    await rate(a.db, 'builtin/what-is-topic-2', Date.now(), 'after-failure-2');
    await waitFor(async () => (await b.db.reviews.get('after-failure-2')) !== undefined);
    expect(vi.mocked(b.db.transaction)).toHaveBeenCalled();
  });

  it('carries a live rating, an undo, a suspension and a setting to the other device', async () => {
    server = await startServer();
    const a = await start('device-a');
    const b = await start('device-b');
    await rate(a.db, 'builtin/what-is-topic-4', Date.now(), 'live-1');
    await waitFor(async () => (await b.db.reviews.get('live-1')) !== undefined);
    await waitFor(async () => (await b.db.schedule.get('builtin/what-is-topic-4')) !== undefined);

    await undoLastReview(a.db);
    await waitFor(async () => (await b.db.reviews.get('live-1')) === undefined);
    await waitFor(async () => (await b.db.schedule.get('builtin/what-is-topic-4')) === undefined);

    await setCardStatus(a.db, 'builtin/what-is-topic-5', 'suspended');
    await waitFor(
      async () => (await b.db.cards.get('builtin/what-is-topic-5'))?.status === 'suspended',
    );
    // The whole row, new-card queue index included: the Decks screen counts new cards by it.
    expect(await b.db.cards.get('builtin/what-is-topic-5')).toEqual(
      await a.db.cards.get('builtin/what-is-topic-5'),
    );

    await saveSetting(b.db, 'theme', 'dark');
    await waitFor(async () => (await a.db.settings.get('theme'))?.value === 'dark');
    await saveSetting(a.db, 'theme', 'light');
    await waitFor(async () => (await b.db.settings.get('theme'))?.value === 'light');

    await a.engine.whenIdle();
    await b.engine.whenIdle();
    const [sharedA, sharedB] = await Promise.all([readShared(a.db), readShared(b.db)]);
    expect(sharedA).toEqual(sharedB);
  });

  it('keeps pushing from the tab left open when two tabs of one device ran the engine', async () => {
    server = await startServer();
    const db = await createDeviceDatabase();
    const mirrorName = `mirror-two-tabs-${Date.now()}`;
    const first = await startDevice('device-a', server, db, undefined, mirrorName);
    const second = await startDevice('device-a', server, db, undefined, mirrorName);
    devices.push(first, second);
    const b = await start('device-b');
    // Both tabs see each write and write the same day doc: one of them meets a conflict.
    await rate(db, 'builtin/what-is-topic-1', NOW, 'a1');
    await rate(db, 'builtin/what-is-topic-2', NOW + MINUTE, 'a2');
    await waitFor(async () => (await reviewIds(b)).length === 2);

    await second.engine.stop();
    await rate(db, 'builtin/what-is-topic-3', NOW + 2 * MINUTE, 'a3');
    await waitFor(async () => (await reviewIds(b)).length === 3);
    expect(await reviewIds(b)).toEqual(['a1', 'a2', 'a3']);
    await waitFor(() => first.lastStatus()?.state === 'synced');
  });

  it('after a restart, pushes only its own reviews, never those pulled from another device', async () => {
    server = await startServer();
    const dbA = await createDeviceDatabase();
    await rate(dbA, 'builtin/what-is-topic-1', NOW, 'a1');
    await rate(dbA, 'builtin/what-is-topic-2', NOW + DAY, 'a2');
    const a = await start('device-a', dbA);
    const dbB = await createDeviceDatabase();
    const mirrorName = `mirror-restarted-${Date.now()}`;
    const before = await startDevice('device-b', server, dbB, undefined, mirrorName);
    devices.push(before);
    await waitFor(async () => (await reviewIds(before)).length === 2);
    await before.engine.stop();

    const after = await startDevice('device-b', server, dbB, undefined, mirrorName);
    devices.push(after);
    await rate(dbB, 'builtin/what-is-topic-3', NOW + 2 * DAY, 'b1');
    await converge(a, after, 3);

    const remote = new ClientPouch(server.databaseUrl(USER.name), {
      auth: { username: USER.name, password: USER.password },
      skip_setup: true,
    });
    const { rows } = await remote.allDocs({ include_docs: true });
    const pushedByB = rows
      .filter((row) => row.id.startsWith('reviews/device-b/'))
      .flatMap((row) => {
        const reviews: unknown = Reflect.get(row.doc ?? {}, 'reviews');
        return Array.isArray(reviews)
          ? reviews.map((review) => Reflect.get(Object(review), 'id'))
          : [];
      });
    expect(pushedByB).toEqual(['b1']);
  });
});
