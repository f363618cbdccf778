// The Stats read of database version 3, kept for the bench only: it reads the review log
// itself (finished days cached in meta, checked by index counts), so the bench can set it
// side by side with the per-day aggregates in the same run.
import type { ReviewRow } from '../../../src/domain/scheduler/types';
import {
  addReviewsToTally,
  createDailyTally,
  type DailyTally,
} from '../../../src/domain/stats/daily-tally';
import {
  buildStatsReport,
  planStatsSpan,
  type StatsReport,
} from '../../../src/domain/stats/stats-report';
import type { StudyDayClock, StudyDays } from '../../../src/domain/stats/study-days';
import type { DrillbookDb } from '../../../src/storage/db';
import { readScheduleFacts } from '../../../src/storage/stats-repo';
import {
  clearDays,
  type DayRun,
  fillFromCache,
  listCachedDays,
  listFinishedWeeks,
  parseCachedDays,
  splitDays,
  sumRows,
} from './day-cache';

/** The meta row that keeps finished days' tallies, so a large history is read only once. */
export const STATS_CACHE_KEY = 'statsDayCache';

/**
 * Without a cache, the days are read in runs of at most this many days: a run is one getAll()
 * on the reviewedAt index (IndexedDB's fastest read), and a year of heavy use (500,000 rows)
 * is never held at once.
 */
export const MAX_READ_DAYS = 14;

/** Called after each run of days is read: `done` of `total` days. */
export type StatsProgress = (done: number, total: number) => void;

export type StatsListeners<T> = {
  onProgress?: StatsProgress;
  /**
   * Called, when the cache has finished days, with figures from the cache and today's rows,
   * before the cache is checked against the database (which at a million reviews takes
   * seconds). The final result follows; it differs only if the history changed meanwhile.
   */
  onPreview?: (preview: T) => void;
};

/** Every figure of the Stats screen, read from the database as of `clock.now`. */
export async function loadStatsReport(
  db: DrillbookDb,
  clock: StudyDayClock,
  listeners: StatsListeners<StatsReport> = {},
): Promise<StatsReport> {
  const span = planStatsSpan(clock);
  const facts = await readScheduleFacts(db);
  const toReport = (tally: DailyTally) =>
    buildStatsReport({ ...facts, tally, forecastDays: span.forecast });
  const { onPreview } = listeners;
  const tally = await readReviewTally(db, span.history, {
    onProgress: listeners.onProgress,
    onPreview: onPreview && ((preview) => onPreview(toReport(preview))),
  });
  return toReport(tally);
}

/**
 * The tally of `days`. Finished days come from the cache, week by week, while index counts
 * (which read no row) agree with it; a week whose count changed (a merge, a restore, an undo
 * of an earlier day) is read again. Today is always read.
 */
export async function readReviewTally(
  db: DrillbookDb,
  days: StudyDays,
  listeners: StatsListeners<DailyTally> = {},
): Promise<DailyTally> {
  const tally = createDailyTally(days);
  const today: DayRun = [days.todayIndex, days.todayIndex];
  const cached = parseCachedDays((await db.meta.get(STATS_CACHE_KEY))?.value);
  let runs: DayRun[];
  if (fillFromCache(tally, cached) > 0) {
    addReviewsToTally(tally, await readRows(db, days, today));
    // The listener builds its figures now: the tally changes again below.
    listeners.onPreview?.(tally);
    runs = await findChangedWeeks(db, tally);
  } else {
    const isFirstDay = days.todayIndex === 0;
    const hasHistory = !isFirstDay && (await countRows(db, days, [0, days.todayIndex - 1])) > 0;
    runs = hasHistory ? splitDays([0, days.todayIndex], MAX_READ_DAYS) : [today];
  }
  await readRuns(db, tally, runs, listeners.onProgress);
  if (runs.some(([first]) => first < days.todayIndex)) {
    await db.meta.put({ key: STATS_CACHE_KEY, value: listCachedDays(tally) });
  }
  return tally;
}

/**
 * The finished weeks whose rows differ from the cache. Counting reads no row, but it walks
 * the index: at 500,000 rows in the year, 53 week counts cost about what one count of the
 * whole year does, and they also say which weeks to read.
 */
async function findChangedWeeks(db: DrillbookDb, tally: DailyTally): Promise<DayRun[]> {
  const weeks = listFinishedWeeks(tally);
  const counts = await db.transaction('r', db.reviews, () =>
    Promise.all(weeks.map((week) => countRows(db, tally.days, week))),
  );
  return weeks.filter((week, i) => counts[i] !== sumRows(tally, week));
}

async function readRuns(
  db: DrillbookDb,
  tally: DailyTally,
  runs: readonly DayRun[],
  onProgress?: StatsProgress,
): Promise<void> {
  const total = runs.reduce((sum, [first, last]) => sum + last - first + 1, 0);
  let done = 0;
  for (const run of runs) {
    clearDays(tally, run);
    addReviewsToTally(tally, await readRows(db, tally.days, run));
    done += run[1] - run[0] + 1;
    onProgress?.(done, total);
  }
}

/** How many review rows the days of `run` hold, counted on the index. */
export async function countRows(db: DrillbookDb, days: StudyDays, run: DayRun): Promise<number> {
  const { from, to } = rangeOf(days, run);
  return db.reviews.where('reviewedAt').between(from, to, true, false).count();
}

async function readRows(db: DrillbookDb, days: StudyDays, run: DayRun): Promise<ReviewRow[]> {
  const { from, to } = rangeOf(days, run);
  return db.reviews.where('reviewedAt').between(from, to, true, false).toArray();
}

function rangeOf(days: StudyDays, [first, last]: DayRun): { from: number; to: number } {
  const from = days.starts[first] ?? 0;
  return { from, to: days.starts[last + 1] ?? from };
}

/** Drops the cached tallies (the next read takes every day from the reviews). */
export async function forgetStatsCache(db: DrillbookDb): Promise<void> {
  await db.meta.delete(STATS_CACHE_KEY);
}
