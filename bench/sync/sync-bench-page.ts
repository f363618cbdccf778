// The sync bench page: one device, in Chromium, with the app's own sync code (the browser
// sync's IndexedDB mirror and HTTP replication) against a real IndexedDB on disk.
// bench/sync-bench.ts opens it in two browsers, device A and device B, and drives both.
import { rateCard } from '../../src/domain/scheduler/rate-card';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import { createDatabase } from '../../src/storage/db';
import { saveRating } from '../../src/storage/schedule-repo';
import { startBrowserSync } from '../../src/sync/browser-sync';
import type { SyncEngine } from '../../src/sync/sync-engine';
import type { SyncStatus } from '../../src/sync/sync-status';
import {
  installSyncBenchBank,
  makeSyncBenchBank,
  SYNC_BENCH_DECK,
  seedSyncReviews,
} from './seed-sync-collection';
import type { SyncBenchConfig, SyncBenchPage } from './sync-bench-types';
import { measureWriteFloor } from './write-floor';

const POLL_MS = 5;
const db = createDatabase();
const bank = makeSyncBenchBank();
const bankCardIds = bank.cards.map((card) => card.id);
let engine: SyncEngine | null = null;
let status: SyncStatus = { state: 'off' };
let startedAt = 0;
let watching: Promise<number> | null = null;

const epochNow = () => performance.timeOrigin + performance.now();

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}

const page: SyncBenchPage = {
  async seed(size) {
    const began = performance.now();
    await installSyncBenchBank(db, bank);
    if (size > 0) await seedSyncReviews(db, bankCardIds, size);
    return { reviews: await db.reviews.count(), seedMs: performance.now() - began };
  },
  async start(config: SyncBenchConfig) {
    startedAt = performance.now();
    engine = await startBrowserSync(db, config, (next) => {
      status = next;
    });
    if (engine === null) throw new Error(`Sync did not start: ${JSON.stringify(status)}`);
    return performance.now() - startedAt;
  },
  async waitSynced() {
    await until(() => status.state === 'synced');
    return performance.now() - startedAt;
  },
  async waitPulled(size) {
    await until(async () => (await db.reviews.count()) >= size);
    await engine?.whenIdle();
    return performance.now() - startedAt;
  },
  async watch(cardId) {
    const before = JSON.stringify((await db.schedule.get(cardId)) ?? null);
    watching = (async () => {
      await until(async () => JSON.stringify((await db.schedule.get(cardId)) ?? null) !== before);
      return epochNow();
    })();
  },
  watched() {
    if (watching === null) throw new Error('Nothing is watched');
    return watching;
  },
  async rate(cardId, reviewId) {
    const before = (await db.schedule.get(cardId)) ?? null;
    const rated = rateCard({
      before,
      cardId,
      deckId: SYNC_BENCH_DECK,
      rating: 3,
      now: Date.now(),
      reviewId,
      mode: 'review',
      durationMs: 3000,
      settings: defaultSchedulerSettings,
    });
    await saveRating(db, {
      schedule: rated.schedule,
      review: rated.review,
      expectedBefore: before,
    });
    return epochNow();
  },
  cardIds: async () => bankCardIds,
  writeFloor: async () => measureWriteFloor(await db.reviews.toArray()),
};

Reflect.set(window, 'syncBench', page);
