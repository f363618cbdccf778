// The stats bench page: in Chromium, against a real IndexedDB on disk, the Stats read of
// database version 3 (it reads the review log) side by side with version 4's (per-day
// aggregates), on one collection. bench/stats/read-in-chromium.ts builds it and calls
// window.runStatsReadBench(reviews).
import type { ReviewRow } from '../../src/domain/scheduler/types';
import { planStatsSpan } from '../../src/domain/stats/stats-report';
import { createDatabase, type DrillbookDb, REVIEW_DAYS_BUILD_KEY } from '../../src/storage/db';
import { buildReviewDays } from '../../src/storage/review-days-build';
import { addReviews, deleteReviews } from '../../src/storage/review-log';
import { loadStatsReport, readReviewTally, readScheduleFacts } from '../../src/storage/stats-repo';
import {
  benchClock,
  createRandom,
  generateReviewFacts,
  generateScheduleRows,
  toReviewRows,
} from './generate-collection';
import { forgetStatsCache, loadStatsReport as loadFromLog } from './previous/log-stats-repo';
import { seedCards } from './seed-cards';
import type { DesignFigures, StatsReadFigures } from './stats-read-types';

const chunkSize = 5000;
const chunksPerTransaction = 8;
const settlePauseMs = 5000;
const dayMs = 86_400_000;

/**
 * Writes the log as version 3 held it (no aggregates), in bulk: several bulkPut chunks in
 * flight per transaction. The bench writes the table directly, as an old version would have.
 */
async function seedCollection(db: DrillbookDb, count: number): Promise<number> {
  const random = createRandom(7);
  const facts = generateReviewFacts(count, random);
  await db.schedule.bulkPut(generateScheduleRows(random));
  await seedCards(db);
  const began = performance.now();
  const step = chunkSize * chunksPerTransaction;
  for (let start = 0; start < facts.length; start += step) {
    const chunks: ReviewRow[][] = [];
    for (let at = start; at < Math.min(start + step, facts.length); at += chunkSize) {
      chunks.push(toReviewRows(facts.slice(at, at + chunkSize), random, at));
    }
    await db.transaction('rw', db.reviews, () =>
      Promise.all(chunks.map((rows) => db.reviews.bulkPut(rows))),
    );
    if ((start / step) % 5 === 4) {
      const seconds = ((performance.now() - began) / 1000).toFixed(0);
      console.log(`seeded ${start + step} of ${count} reviews (${seconds} s)`);
    }
  }
  return Math.round(performance.now() - began);
}

/** What the upgrade to version 4 leaves: a log that no aggregate counts yet. */
async function markAggregatesToBuild(db: DrillbookDb): Promise<void> {
  await db.reviewDays.clear();
  await db.meta.put({ key: REVIEW_DAYS_BUILD_KEY, value: { before: -Infinity } });
}

/** Median of `runs` runs: on a shared machine single runs swing widely. */
async function time(work: () => Promise<unknown>, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    await work();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return round1(times[Math.floor(runs / 2)] ?? 0);
}

/**
 * Wall time and the JS heap's peak above where it started (sampled every 5 ms; Chromium runs
 * with precise memory info), of one call.
 */
async function timeWithHeap(work: () => Promise<unknown>): Promise<{ ms: number; heapMb: number }> {
  const heap = () => Reflect.get(performance, 'memory')?.usedJSHeapSize ?? 0;
  const start = heap();
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, heap());
  }, 5);
  const began = performance.now();
  await work();
  const ms = round1(performance.now() - began);
  clearInterval(sampler);
  peak = Math.max(peak, heap());
  return { ms, heapMb: round1((peak - start) / 1e6) };
}

async function openSeeded(name: string, count: number) {
  let db = createDatabase(name);
  let seedMs: number | null = null;
  if ((await db.reviews.count()) !== count) {
    await db.delete();
    db = createDatabase(name);
    seedMs = await seedCollection(db, count);
  }
  await markAggregatesToBuild(db);
  return { db, seedMs };
}

/** A new connection after a pause (LevelDB compacts after bulk writes): a cold first visit. */
async function reopen(db: DrillbookDb): Promise<DrillbookDb> {
  db.close();
  await new Promise((resolve) => setTimeout(resolve, settlePauseMs));
  const next = createDatabase(db.name);
  await next.open();
  return next;
}

async function runStatsReadBench(count: number): Promise<StatsReadFigures> {
  const name = `drillbook-stats-bench-${count}`;
  const seeded = await openSeeded(name, count);
  let db = await reopen(seeded.db);
  const buildMs = await time(() => buildReviewDays(db), 1);
  console.log(`version 4 build of the aggregates: ${buildMs} ms`);

  db = await reopen(db);
  const aggregatesFirst = await timeWithHeap(() => loadStatsReport(db, benchClock));
  console.log(`aggregates, first visit: ${aggregatesFirst.ms} ms`);
  const aggregatesLater = await time(() => loadStatsReport(db, benchClock));
  const history = planStatsSpan(benchClock).history;
  const aggregateReadMs = await time(() => readReviewTally(db, history));
  const scheduleReadMs = await time(() => readScheduleFacts(db));

  db = await reopen(db);
  await forgetStatsCache(db);
  const logFirst = await timeWithHeap(() => loadFromLog(db, benchClock));
  console.log(`review log, first visit: ${logFirst.ms} ms`);
  const logLater = await time(() => loadFromLog(db, benchClock));

  // One review added to a past week (as a merge would), through the app's one write path.
  const [extra] = toReviewRows(generateReviewFacts(1, createRandom(9)), createRandom(9), count);
  if (extra === undefined) throw new Error('no review generated');
  const pastWeek = planStatsSpan(benchClock).history.starts[0] ?? 0;
  await addReviews(db, [{ ...extra, reviewedAt: pastWeek + 100 * dayMs }]);
  const logChanged = await time(() => loadFromLog(db, benchClock), 1);
  const aggregatesChanged = await time(() => loadStatsReport(db, benchClock), 1);
  await deleteReviews(db, [extra.id]);
  db.close();

  const previous: DesignFigures = {
    firstVisitMs: logFirst.ms,
    laterVisitMs: logLater,
    changedWeekMs: logChanged,
    firstVisitHeapMb: logFirst.heapMb,
  };
  const aggregates: DesignFigures = {
    firstVisitMs: aggregatesFirst.ms,
    laterVisitMs: aggregatesLater,
    changedWeekMs: aggregatesChanged,
    firstVisitHeapMb: aggregatesFirst.heapMb,
  };
  const parts = { aggregateReadMs, scheduleReadMs };
  return { reviews: count, seedMs: seeded.seedMs, buildMs, previous, aggregates, parts };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

Reflect.set(window, 'runStatsReadBench', runStatsReadBench);
