import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncServer } from '../../scripts/sync-server';
import type { BackupFile } from '../../src/domain/deck-import/backup-format';
import {
  countReviewDays,
  forEachDayCell,
  toAggregateDay,
} from '../../src/domain/stats/review-days';
import { exportBackup } from '../../src/storage/backup';
import { setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { importDecks } from '../../src/storage/import-repo';
import { undoLastReview } from '../../src/storage/review-repo';
import { saveSetting } from '../../src/storage/settings-repo';
import { getOrCreateSyncDeviceId } from '../../src/storage/sync-config-repo';
import { MINUTE, rate } from '../storage/backup-fixture';
import { DAY, NOW } from '../storage/test-db';
import { makeDeck } from '../support/test-database';
import {
  createDeviceDatabase,
  type Device,
  startDevice,
  startServer,
  stopDevicesAndServer,
  waitFor,
} from './sync-harness';

let server: SyncServer | null = null;
const devices: Device[] = [];

afterEach(async () => {
  await stopDevicesAndServer(devices, server);
  server = null;
});

// Generous: these tests run a server and two devices on a machine shared with other work.
vi.setConfig({ testTimeout: 60_000 });

async function start(name: string, db: DrillbookDb): Promise<Device> {
  if (server === null) throw new Error('no server');
  // As the browser does (device-id.ts): the id the device keeps in its meta table.
  await getOrCreateSyncDeviceId(db, () => name);
  const device = await startDevice(name, server, db);
  devices.push(device);
  return device;
}

async function reviewCount(device: Device): Promise<number> {
  return device.db.reviews.count();
}

/** Both devices hold `reviews` reviews, and neither has sync work left. */
async function settle(a: Device, b: Device, reviews: number) {
  await waitFor(
    async () => (await reviewCount(a)) === reviews && (await reviewCount(b)) === reviews,
  );
  await a.engine.whenIdle();
  await b.engine.whenIdle();
}

/** Reviews per day as the Stats aggregates count them. */
async function countByDay(db: DrillbookDb): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const row of await db.reviewDays.toArray()) {
    forEachDayCell(row, (cell) => counts.set(row.day, (counts.get(row.day) ?? 0) + cell.count));
  }
  return counts;
}

/** The backup without its export time: what two devices holding the same data must share. */
function withoutExportTime(backup: BackupFile): Omit<BackupFile, 'exportedAt'> {
  const { exportedAt: _exportedAt, ...rest } = backup;
  return rest;
}

describe('two devices once they have exchanged everything', () => {
  it('export identical backups, apart from the export time', async () => {
    server = await startServer();
    const dbA = await createDeviceDatabase();
    const dbB = await createDeviceDatabase();
    // Before sync: reviews on both, one card on both, a deck imported on A only.
    await rate(dbA, 'builtin/what-is-topic-1', NOW, 'a1', 3);
    await rate(dbA, 'builtin/what-is-topic-2', NOW + MINUTE, 'a2', 4);
    await rate(dbB, 'builtin/what-is-topic-1', NOW + 5 * MINUTE, 'b1', 1);
    await importDecks(dbA, [makeDeck('mine', 4)], NOW - DAY);
    const a = await start('device-a', dbA);
    const b = await start('device-b', dbB);
    await settle(a, b, 3);

    // While live: a rating and an undo, a suspension, a setting, a rating on the imported deck.
    await rate(b.db, 'builtin/what-is-topic-3', NOW + DAY, 'b2', 2);
    await rate(b.db, 'builtin/what-is-topic-4', NOW + DAY + MINUTE, 'b3', 3);
    await undoLastReview(b.db);
    await rate(a.db, 'mine/what-is-topic-2', NOW + DAY + 2 * MINUTE, 'a3', 3);
    await setCardStatus(a.db, 'builtin/what-is-topic-5', 'suspended');
    await saveSetting(b.db, 'theme', 'dark');
    await settle(a, b, 5);
    await waitFor(async () => (await a.db.settings.get('theme'))?.value === 'dark');
    await waitFor(
      async () => (await b.db.cards.get('builtin/what-is-topic-5'))?.status === 'suspended',
    );
    await a.engine.whenIdle();
    await b.engine.whenIdle();

    const [backupA, backupB] = await Promise.all([
      exportBackup(a.db, NOW + 2 * DAY),
      exportBackup(b.db, NOW + 3 * DAY),
    ]);
    expect(backupA.exportedAt).not.toBe(backupB.exportedAt);
    expect(backupA.reviews.map((review) => review.id).sort()).toEqual([
      'a1',
      'a2',
      'a3',
      'b1',
      'b2',
    ]);
    expect(backupA.decks.map((deck) => deck.id).sort()).toEqual(['builtin', 'mine']);
    expect(withoutExportTime(backupB)).toEqual(withoutExportTime(backupA));
    // What is local to each device stays out of both files.
    const text = JSON.stringify([backupA, backupB]);
    expect(text).not.toContain('device-a');
    expect(text).not.toContain('device-b');
  });

  it('count a review made on A in B’s Stats aggregates, and take it out again after Undo', async () => {
    server = await startServer();
    const a = await start('device-a', await createDeviceDatabase());
    const b = await start('device-b', await createDeviceDatabase());
    await rate(b.db, 'builtin/what-is-topic-2', NOW, 'b1', 3);
    await rate(a.db, 'builtin/what-is-topic-1', NOW + MINUTE, 'a1', 4);
    await rate(a.db, 'builtin/what-is-topic-1', NOW + DAY, 'a2', 1);
    await settle(a, b, 3);

    const recount = async (device: Device) => countReviewDays(await device.db.reviews.toArray());
    expect(await b.db.reviewDays.toArray()).toEqual(await recount(b));
    expect(await countByDay(b.db)).toEqual(
      new Map([
        [toAggregateDay(NOW), 2],
        [toAggregateDay(NOW + DAY), 1],
      ]),
    );

    await undoLastReview(a.db);
    await settle(a, b, 2);
    expect(await b.db.reviewDays.toArray()).toEqual(await recount(b));
    expect(await countByDay(b.db)).toEqual(new Map([[toAggregateDay(NOW), 2]]));
  });
});
