// The stats bench page: the app's stats-repo against a real IndexedDB in Chromium.
// bench/stats/read-in-chromium.ts builds it and calls window.runStatsReadBench(reviews).
import type { ReviewFact } from '../../src/domain/stats/daily-tally';
import { createDailyTally } from '../../src/domain/stats/daily-tally';
import { listFinishedWeeks } from '../../src/domain/stats/day-cache';
import {
  computeStatsReport,
  getHistoryRange,
  planStatsSpan,
} from '../../src/domain/stats/stats-report';
import { createDatabase, type DrillbookDb } from '../../src/storage/db';
import {
  countRows,
  forgetStatsCache,
  loadStatsReport,
  readScheduleFacts,
} from '../../src/storage/stats-repo';
import {
  benchClock,
  createRandom,
  generateReviewFacts,
  generateScheduleRows,
  toReviewRows,
} from './generate-collection';
import { seedCards } from './seed-cards';
import type { StatsReadFigures } from './stats-read-types';

const chunkSize = 1000;
const settlePauseMs = 5000;

async function seedCollection(db: DrillbookDb, count: number): Promise<number> {
  const random = createRandom(7);
  const facts = generateReviewFacts(count, random);
  await db.schedule.bulkPut(generateScheduleRows(random));
  await seedCards(db);
  const began = performance.now();
  for (let start = 0; start < facts.length; start += chunkSize) {
    await db.reviews.bulkPut(toReviewRows(facts.slice(start, start + chunkSize), random, start));
    if ((start / chunkSize) % 50 === 49) {
      const seconds = ((performance.now() - began) / 1000).toFixed(0);
      console.log(`seeded ${start + chunkSize} of ${count} reviews (${seconds} s)`);
    }
  }
  return Math.round(performance.now() - began);
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
  return Math.round((times[Math.floor(runs / 2)] ?? 0) * 10) / 10;
}

async function openSeeded(count: number): Promise<{ db: DrillbookDb; seedMs: number | null }> {
  const name = `drillbook-stats-bench-${count}`;
  let db = createDatabase(name);
  if ((await db.reviews.count()) === count) return { db, seedMs: null };
  await db.delete();
  db = createDatabase(name);
  const seedMs = await seedCollection(db, count);
  // A new connection after a pause (LevelDB compacts after bulk writes), so nothing the
  // seeding left in memory helps the reads.
  db.close();
  await new Promise((resolve) => setTimeout(resolve, settlePauseMs));
  db = createDatabase(name);
  await db.open();
  return { db, seedMs };
}

async function runStatsReadBench(count: number): Promise<StatsReadFigures> {
  const { db, seedMs } = await openSeeded(count);
  const span = planStatsSpan(benchClock);
  const range = getHistoryRange(span);
  const coldLoadMs = await time(async () => {
    await forgetStatsCache(db);
    await loadStatsReport(db, benchClock);
  }, 1);
  console.log(`loadStatsReport without a cache: ${coldLoadMs} ms`);
  let previewMs = 0;
  const warmLoadMs = await time(async () => {
    const began = performance.now();
    await loadStatsReport(db, benchClock, {
      onPreview: () => {
        previewMs = Math.round((performance.now() - began) * 10) / 10;
      },
    });
  });
  console.log(`loadStatsReport with the cache: ${warmLoadMs} ms, preview after ${previewMs} ms`);
  const weeks = listFinishedWeeks(createDailyTally(span.history));
  const finished = span.history.todayIndex - 1;
  const countWholeRangeMs = await time(() => countRows(db, span.history, [0, finished]));
  const countWeeksMs = await time(() =>
    db.transaction('r', db.reviews, () =>
      Promise.all(weeks.map((week) => countRows(db, span.history, week))),
    ),
  );
  // One review added to a past week (as a merge would): that week and today are read again.
  const [extra] = toReviewRows(generateReviewFacts(1, createRandom(9)), createRandom(9), count);
  if (extra === undefined) throw new Error('no review generated');
  await db.reviews.put({ ...extra, reviewedAt: range.from + 100 * 86_400_000 });
  const changedWeekLoadMs = await time(() => loadStatsReport(db, benchClock), 1);
  await db.reviews.delete(extra.id);
  await loadStatsReport(db, benchClock);
  console.log(`loadStatsReport after a change in a past week: ${changedWeekLoadMs} ms`);
  const facts: ReviewFact[] = [];
  const readAllRowsMs = await time(async () => {
    const rows = await db.reviews
      .where('reviewedAt')
      .between(range.from, range.to, true, false)
      .toArray();
    for (const { reviewedAt, rating, state, mode } of rows) {
      facts.push({ reviewedAt, rating, state, mode });
    }
  }, 1);
  const readKeysOnlyMs = await time(
    () => db.reviews.where('reviewedAt').between(range.from, range.to, true, false).keys(),
    1,
  );
  const scheduleFacts = await readScheduleFacts(db);
  const readScheduleFactsMs = await time(() => readScheduleFacts(db));
  const computeFromMemoryMs = await time(async () =>
    computeStatsReport(planStatsSpan(benchClock), facts, scheduleFacts),
  );
  db.close();
  return {
    reviews: count,
    reviewsInHistory: facts.length,
    seedMs,
    coldLoadMs,
    warmLoadMs,
    previewMs,
    countWholeRangeMs,
    countWeeksMs,
    changedWeekLoadMs,
    readAllRowsMs,
    readKeysOnlyMs,
    readScheduleFactsMs,
    computeFromMemoryMs,
  };
}

Reflect.set(window, 'runStatsReadBench', runStatsReadBench);
