// The Stats screen's computation over 1,000,000 reviews (two years, 10,000 cards), function by
// function, against grouping the same reviews by formatted local date (the usual way); then,
// in Chromium, the Stats read of database version 3 (the review log) against version 4's
// (per-day aggregates) and version 4's build (see bench/stats/). `npx tsx
// bench/stats-bench.ts --browser` reads 1,000,000 reviews in Chromium; `npm run bench` reads
// 100,000 so that it ends in minutes; `--reviews=N` chooses. Figures go to
// bench/results/stats.json with the date and the load average.
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { startOfStudyDay } from '../src/domain/scheduler/study-day';
import { listDailyReviews } from '../src/domain/stats/daily-reviews';
import { tallyReviews } from '../src/domain/stats/daily-tally';
import { computeDeckProgress } from '../src/domain/stats/deck-progress';
import { computeDueForecast } from '../src/domain/stats/forecast';
import { buildHeatmap } from '../src/domain/stats/heatmap';
import {
  computeRetentionByDay,
  computeRetentionByWeek,
  computeRetentionOver,
} from '../src/domain/stats/retention';
import { computeStatsReport, planStatsSpan } from '../src/domain/stats/stats-report';
import { computeStreak } from '../src/domain/stats/streak';
import { writeBenchResult } from './bench-support';
import {
  benchClock,
  cardCount,
  createRandom,
  generateDeckCounts,
  generateReviewFacts,
  generateScheduleRows,
  spanDays,
} from './stats/generate-collection';

const reviewCount = 1_000_000;
const runs = 7;
const targetMs = 1000;
const browserReviewsInSuite = 100_000;

export type StatsBenchResult = {
  name: 'stats';
  date: string;
  loadAverage: number[];
  node: string;
  reviews: number;
  cards: number;
  spanDays: number;
  runs: number;
  /** Median milliseconds per call. */
  functionsMs: Record<string, number>;
  totalMs: number;
  targetMs: number;
  baseline: { groupByLocalDateMs: number; tallyReviewsMs: number; ratio: number };
  browser?: unknown;
};

export async function runStatsBench(): Promise<StatsBenchResult> {
  const random = createRandom(7);
  const reviews = generateReviewFacts(reviewCount, random);
  const schedule = generateScheduleRows(random);
  const decks = generateDeckCounts();
  const dueCards = schedule;
  const span = planStatsSpan(benchClock);
  const tally = tallyReviews(reviews, span.history);

  const functionsMs: Record<string, number> = {
    planStatsSpan: timeMedian(() => planStatsSpan(benchClock).history.starts.length),
    tallyReviews: timeMedian(() => tallyReviews(reviews, span.history).reviews.length),
    buildHeatmap: timeMedian(() => buildHeatmap(tally).weeks.length),
    listDailyReviews: timeMedian(() => listDailyReviews(tally, 30).length),
    computeRetentionByDay: timeMedian(() => computeRetentionByDay(tally, 30).length),
    computeRetentionByWeek: timeMedian(() => computeRetentionByWeek(tally, 53).length),
    computeRetentionOver: timeMedian(() => computeRetentionOver(tally, 30).total),
    computeStreak: timeMedian(() => computeStreak(tally).days),
    computeDueForecast: timeMedian(() => computeDueForecast(dueCards, span.forecast).total),
    computeDeckProgress: timeMedian(() => computeDeckProgress(decks, schedule).decks.length),
  };
  const totalMs = timeMedian(
    () =>
      computeStatsReport(planStatsSpan(benchClock), reviews, {
        dueCards,
        progressCards: schedule,
        decks,
      }).heatmap.weeks.length,
  );
  const groupByLocalDateMs = timeMedian(() => groupByLocalDate(reviews));
  const result: StatsBenchResult = {
    name: 'stats',
    date: new Date().toISOString(),
    loadAverage: loadavg(),
    node: process.version,
    reviews: reviewCount,
    cards: cardCount,
    spanDays,
    runs,
    functionsMs,
    totalMs,
    targetMs,
    baseline: {
      groupByLocalDateMs,
      tallyReviewsMs: functionsMs.tallyReviews ?? 0,
      ratio: round2(groupByLocalDateMs / (functionsMs.tallyReviews ?? 1)),
    },
  };
  const { runStatsReadInChromium } = await import('./stats/read-in-chromium');
  result.browser = await runStatsReadInChromium(readBrowserReviews());
  writeBenchResult('stats', result);
  return result;
}

export function printStatsBench(result: StatsBenchResult): void {
  console.log(`Stats over ${result.reviews.toLocaleString('en')} reviews, ${result.cards} cards:`);
  for (const [name, ms] of Object.entries(result.functionsMs)) {
    console.log(`  ${name.padEnd(24)} ${ms.toFixed(2).padStart(9)} ms`);
  }
  const verdict = result.totalMs <= result.targetMs ? 'within' : 'OVER';
  console.log(
    `  ${'total (computeStatsReport)'.padEnd(24)} ${result.totalMs.toFixed(2).padStart(9)} ms ` +
      `(${verdict} the ${result.targetMs} ms target)`,
  );
  const { baseline } = result;
  console.log(
    `  grouping by formatted local date: ${baseline.groupByLocalDateMs.toFixed(1)} ms, ` +
      `${baseline.ratio}x tallyReviews`,
  );
  if (result.browser !== undefined) console.log(JSON.stringify(result.browser, null, 2));
}

/** 1,000,000 when this file runs with --browser, 100,000 from `npm run bench`. */
function readBrowserReviews(): number {
  const option = process.argv.find((arg) => arg.startsWith('--reviews='));
  if (option !== undefined) return Number(option.slice('--reviews='.length));
  return process.argv.includes('--browser') ? reviewCount : browserReviewsInSuite;
}

/** The usual way: a Map from each review's local study date, as text, to its count. */
function groupByLocalDate(reviews: readonly { reviewedAt: number }[]): number {
  const counts = new Map<string, number>();
  const { dayStartHour, tzOffsetAt } = benchClock;
  for (const review of reviews) {
    const start = startOfStudyDay(review.reviewedAt, dayStartHour, tzOffsetAt());
    const date = new Date(start - tzOffsetAt() * 60_000).toISOString().slice(0, 10);
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return counts.size;
}

/** Median wall time of `runs` calls, after one warm-up call. */
function timeMedian(work: () => number): number {
  let sink = work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    sink += work();
    times.push(performance.now() - began);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  times.sort((a, b) => a - b);
  return round2(times[Math.floor(times.length / 2)] ?? Number.NaN);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printStatsBench(await runStatsBench());
}
