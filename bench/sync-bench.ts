// Sync through the development CouchDB-compatible server on localhost, in Node with
// fake-indexeddb standing in for the browser's IndexedDB and PouchDB's memory adapter for the
// local mirror: a first figure, not a browser one. First sync of N reviews pushed from a full
// device and pulled into a fresh one, then one rating's latency from device A's commit to
// device B's stored schedule. Run with `npx tsx bench/sync-bench.ts [--sizes=100000]`;
// figures go to bench/results/sync.json.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import { startSyncServer, withReplication } from '../scripts/sync-server';
import { compileDeck } from '../src/domain/compiler/compile-deck';
import { rateCard } from '../src/domain/scheduler/rate-card';
import { defaultSchedulerSettings } from '../src/domain/scheduler/settings';
import type { ReviewRow, ScheduleRow } from '../src/domain/scheduler/types';
import { syncDecks } from '../src/storage/bank-sync';
import { createDatabase, type DrillbookDb } from '../src/storage/db';
import { saveRating } from '../src/storage/schedule-repo';
import { type SyncEngine, startSyncEngine } from '../src/sync/sync-engine';
import type { SyncStatus } from '../src/sync/sync-status';
import { readSizesOption, writeBenchResult } from './bench-support';

const Pouch = withReplication(PouchDB.plugin(memoryAdapter).plugin(httpAdapter));
const USER = { name: 'bench', password: 'bench-password' };
const CARDS = 2000;
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1, 9);
const LATENCY_SAMPLES = 40;
/** Issue targets, on localhost. */
const targets = { firstSyncSeconds: 10, ratingLatencyP95Ms: 2000 };

function makeBank(): ReturnType<typeof compileDeck> {
  const text = Array.from(
    { length: CARDS },
    (_, i) =>
      `## Question ${i + 1}: What is topic ${i + 1}?\n\n### Interview-Specific Answer\n\nTopic ${i + 1}.\n`,
  ).join('\n');
  return compileDeck(`---\nid: bank\ntitle: Bank\n---\n\n${text}`, 'bank.md');
}

/** N reviews spread over the cards and a year, rated through the scheduler as the app does. */
async function seedReviews(db: DrillbookDb, cardIds: readonly string[], count: number) {
  const perCard = Math.ceil(count / cardIds.length);
  const reviews: ReviewRow[] = [];
  const schedule: ScheduleRow[] = [];
  for (const [c, cardId] of cardIds.entries()) {
    let before: ScheduleRow | null = null;
    for (let r = 0; r < perCard && reviews.length < count; r += 1) {
      const rated = rateCard({
        before,
        cardId,
        deckId: 'bank',
        rating: 3,
        now: START + r * 3 * DAY + c * 1000,
        reviewId: `seed-${c}-${r}`,
        mode: 'review',
        durationMs: 4000,
        settings: defaultSchedulerSettings,
      });
      reviews.push(rated.review);
      before = rated.schedule;
    }
    if (before) schedule.push(before);
  }
  await db.transaction('rw', db.reviews, db.schedule, async () => {
    await db.reviews.bulkPut(reviews);
    await db.schedule.bulkPut(schedule);
  });
}

type BenchDevice = { db: DrillbookDb; engine: SyncEngine; status: () => SyncStatus | undefined };

async function startDevice(name: string, url: string, db: DrillbookDb): Promise<BenchDevice> {
  let last: SyncStatus | undefined;
  const engine = await startSyncEngine({
    db,
    mirror: new Pouch(`bench-${name}-${randomUUID()}`, { adapter: 'memory' }),
    remote: new Pouch(url, {
      auth: { username: USER.name, password: USER.password },
      skip_setup: true,
    }),
    deviceId: name,
    now: () => Date.now(),
    onStatus: (status) => {
      last = status;
    },
  });
  return { db, engine, status: () => last };
}

async function waitFor(check: () => Promise<boolean> | boolean, pollMs = 5) {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, pollMs));
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function runSyncBench(
  sizes: readonly number[] = readSizesOption(process.argv.slice(2), [100_000]),
): Promise<Record<string, unknown>> {
  const size = sizes[0] ?? 100_000;
  const loadBefore = loadavg();
  const server = await startSyncServer({ port: 0, users: [USER] });
  const url = server.databaseUrl(USER.name);
  const bank = makeBank();
  const open = (name: string) =>
    createDatabase(`sync-bench-${name}-${randomUUID()}`, { indexedDB, IDBKeyRange });
  const full = open('a');
  const fresh = open('b');
  const devices: BenchDevice[] = [];
  try {
    await syncDecks(full, [bank], 'builtin', START);
    await syncDecks(fresh, [bank], 'builtin', START);
    const cardIds = bank.cards.map((card) => card.id);
    console.log(`sync bench: seeding ${size} reviews`);
    await seedReviews(full, cardIds, size);

    let began = performance.now();
    const a = await startDevice('device-a', url, full);
    devices.push(a);
    await waitFor(() => a.status()?.state === 'synced', 50);
    const pushSeconds = (performance.now() - began) / 1000;
    console.log(`sync bench: pushed in ${pushSeconds.toFixed(1)} s`);

    began = performance.now();
    const b = await startDevice('device-b', url, fresh);
    devices.push(b);
    await waitFor(async () => (await fresh.reviews.count()) === size, 50);
    await b.engine.whenIdle();
    const pullSeconds = (performance.now() - began) / 1000;
    console.log(`sync bench: pulled in ${pullSeconds.toFixed(1)} s`);

    const latencies: number[] = [];
    for (let i = 0; i < LATENCY_SAMPLES; i += 1) {
      const cardId = cardIds[i] ?? '';
      const before = (await full.schedule.get(cardId)) ?? null;
      const rated = rateCard({
        before,
        cardId,
        deckId: 'bank',
        rating: 3,
        now: Date.now(),
        reviewId: `live-${i}`,
        mode: 'review',
        durationMs: 3000,
        settings: defaultSchedulerSettings,
      });
      const committedAt = performance.now();
      await saveRating(full, {
        schedule: rated.schedule,
        review: rated.review,
        expectedBefore: before,
      });
      await waitFor(async () => (await fresh.schedule.get(cardId))?.reps === rated.schedule.reps);
      latencies.push(performance.now() - committedAt);
    }
    const result = {
      name: 'sync',
      date: new Date().toISOString(),
      environment:
        'Node with fake-indexeddb for IndexedDB and the PouchDB memory adapter for the mirror; express-pouchdb on localhost',
      reviews: size,
      cards: CARDS,
      firstSync: { pushSeconds, pullSeconds },
      ratingLatencyMs: {
        samples: latencies.length,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        max: Math.max(...latencies),
      },
      targets,
      isWithinTargets:
        pushSeconds <= targets.firstSyncSeconds &&
        pullSeconds <= targets.firstSyncSeconds &&
        percentile(latencies, 95) <= targets.ratingLatencyP95Ms,
      machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() },
    };
    writeBenchResult('sync', result);
    return result;
  } finally {
    for (const device of devices) await device.engine.stop();
    full.close();
    fresh.close();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await runSyncBench(), null, 2));
  process.exit(0);
}
