// Review latency in Chromium through the review session the Review screen uses
// (src/data/review-session/live-review-session.ts): session start, next card (session.next), rating commit
// (session.rate) at 1,000 to 100,000 cards with ten reviews each, on databases seeded once and
// cached under bench/.cache/. Run with `npx tsx bench/review-bench.ts [--sizes=1000,10000]`;
// figures go to bench/results/review.json.

import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { readSizesOption, writeBenchResult } from './bench-support';
import type { Percentiles, SizeFigures } from './browser/review-bench-types';
import { runInChromium } from './browser/run-in-chromium';
import { serveStatic } from './browser/serve-static';
import { buildBenchPage } from './build-bench-page';
import type { SchedulerOverhead } from './scheduler-overhead';

const defaultSizes = [1000, 10_000, 100_000];
const benchPort = 47_391;
/** The targets in docs/architecture.md, "Quality gates and benchmarks", at 100,000 cards. */
const targets = {
  size: 100_000,
  sessionStartMs: 300,
  nextCardP95Ms: 16,
  commitP95Ms: 20,
  rateToNextCardP95Ms: 25,
  wrapperOverheadMax: 1.5,
};

/** `--sizes=...` runs a subset of the default sizes. */
export function readSizes(args: readonly string[]): number[] {
  return readSizesOption(args, defaultSizes);
}

export async function runReviewBench(
  sizes: readonly number[] = readSizes(process.argv.slice(2)),
): Promise<Record<string, unknown>> {
  console.log('review bench: building the bench page');
  const outDir = await buildBenchPage(new URL('./browser/', import.meta.url), 'drillbook-bench');
  // IndexedDB belongs to an origin, port included: the cached databases need the same port.
  const server = await serveStatic(outDir, Number(process.env.REVIEW_BENCH_PORT ?? benchPort));
  try {
    // Other work on the machine slows IndexedDB down: the load average says how much there was.
    const loadBefore = loadavg();
    const run = await runInChromium(server.url, sizes);
    const largest = run.figures.find((figures) => figures.size === targets.size);
    const result = {
      name: 'review',
      date: new Date().toISOString(),
      chromium: run.chromium,
      isCrossOriginIsolated: run.isCrossOriginIsolated,
      machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() },
      targets: {
        ...targets,
        sessionStartP95: judge(largest?.sessionFirstCard, targets.sessionStartMs),
        sessionStartCold: judgeOne(largest?.sessionStartColdMs, targets.sessionStartMs),
        nextCardP95: judge(largest?.nextCard, targets.nextCardP95Ms),
        commitP95: judge(largest?.commit, targets.commitP95Ms),
        rateToNextCardP95: judge(largest?.rateToNextCard, targets.rateToNextCardP95Ms),
        wrapperOverhead: judgeOverhead(run.schedulerOverhead),
      },
      wrapperOverhead: run.schedulerOverhead,
      sizes: run.figures,
    };
    writeBenchResult('review', result);
    return result;
  } finally {
    await server.close();
  }
}

function judge(figures: Percentiles | undefined, limitMs: number): string {
  return judgeOne(figures?.p95, limitMs);
}

function judgeOne(ms: number | undefined, limitMs: number): string {
  if (ms === undefined) return 'not measured (size not run)';
  return ms <= limitMs ? 'met' : 'missed';
}

/** Both the rating and the interval preview must stay within the ratio. */
function judgeOverhead(overhead: SchedulerOverhead | null): string {
  if (overhead === null) return 'not measured';
  const { rateCardOverBareNext = Number.NaN, previewRatingsOverBareRepeat = Number.NaN } =
    overhead.ratios;
  const worst = Math.max(rateCardOverBareNext, previewRatingsOverBareRepeat);
  return worst <= targets.wrapperOverheadMax ? 'met' : 'missed';
}

function formatRow(label: string, figures: Percentiles): string {
  const cell = (value: number) => value.toFixed(2).padStart(8);
  return `  ${label.padEnd(30)} ${cell(figures.p50)} ${cell(figures.p95)} ${cell(figures.max)}`;
}

export function printReviewBench(result: Record<string, unknown>): void {
  const sizes = Reflect.get(result, 'sizes') as SizeFigures[];
  console.log(`review bench in ${String(result.chromium)} (ms)`);
  for (const figures of sizes) {
    const { seed, database } = figures;
    const origin = database.reused
      ? `reused the database seeded at ${database.seededAt}`
      : `seeded in ${(database.seedWallMs / 1000).toFixed(1)} s`;
    console.log(`${figures.size} cards: ${origin}`);
    console.log(
      `${figures.size} cards, ${seed.reviews} reviews: written in ${seed.writeMs} ms (${seed.rowsPerSecond} rows/s, ${seed.cardsPerChunk} cards per transaction)`,
    );
    console.log(
      `  ${''.padEnd(30)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`,
    );
    console.log(`  first queue read after opening the database: ${figures.sessionStartColdMs} ms`);
    const { heap } = figures;
    console.log(
      `  JS heap: ${heap.beforeSessionMb} MB with the database open, ${heap.withSessionMb} MB with a review session`,
    );
    console.log(formatRow('session start (queue read)', figures.sessionStart));
    console.log(formatRow('session start to first card', figures.sessionFirstCard));
    console.log(formatRow('next card (all decks)', figures.nextCard));
    console.log(formatRow('next card (one deck)', figures.nextCardOneDeck));
    console.log(formatRow('rating commit', figures.commit));
    console.log(formatRow('rating to next card', figures.rateToNextCard));
    const before = figures.nextReadOnItsOwn;
    console.log('  the same, the next card read on its own after the commit (the design before):');
    console.log(formatRow('  next card (all decks)', before.nextCard));
    console.log(formatRow('  rating commit', before.commit));
    console.log(formatRow('  rating to next card', before.rateToNextCard));
    console.log(`  whole-queue reads: ${JSON.stringify(figures.queueReads)}`);
    console.log('  where the time goes (next card, then commit):');
    const steps = { ...figures.breakdown.nextCard, ...figures.breakdown.commit };
    for (const [name, step] of Object.entries(steps)) console.log(formatRow(`  ${name}`, step));
  }
  const verdicts = result.targets as Record<string, unknown>;
  const overhead = result.wrapperOverhead as SchedulerOverhead | null;
  if (overhead !== null) {
    const { rateCardOverBareNext, previewRatingsOverBareRepeat } = overhead.ratios;
    console.log(
      `scheduler wrapper against bare ts-fsrs in Chromium: rating ${rateCardOverBareNext}x, interval preview ${previewRatingsOverBareRepeat}x (target <= ${targets.wrapperOverheadMax}x): ${String(verdicts.wrapperOverhead)}`,
    );
  }
  console.log(
    [
      `targets at ${targets.size} cards:`,
      `session start to first card p95 <= ${targets.sessionStartMs} ms: ${String(verdicts.sessionStartP95)}`,
      `(first read after opening: ${String(verdicts.sessionStartCold)});`,
      `next card p95 <= ${targets.nextCardP95Ms} ms: ${String(verdicts.nextCardP95)};`,
      `commit p95 <= ${targets.commitP95Ms} ms: ${String(verdicts.commitP95)};`,
      `rating to next card p95 <= ${targets.rateToNextCardP95Ms} ms: ${String(verdicts.rateToNextCardP95)}`,
    ].join(' '),
  );
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) {
  printReviewBench(await runReviewBench());
}
