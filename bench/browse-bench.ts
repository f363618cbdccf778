// Browse at scale in Chromium, on the review bench's seeded collections (bench/.cache/, seeded
// by whichever of the two runs first): the first page after a cold start, the index build's
// time and heap, searches on the whole index, and a second visit. Run with
// `npx tsx bench/browse-bench.ts [--sizes=10000,100000]`; figures go to bench/results/browse.json.
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { readSizesOption, writeBenchResult } from './bench-support';
import type { BrowseFigures } from './browser/browse-measure';
import type { MeasureRequest } from './browser/review-bench-types';
import { runOnSeededSizes } from './browser/run-in-chromium';
import { serveStatic } from './browser/serve-static';
import { buildBenchPage } from './build-bench-page';

const defaultSizes = [10_000, 100_000];
// The review bench's port: the seeded databases belong to that origin.
const benchPort = 47_391;
const targets = { size: 100_000, firstPageMs: 1000, searchP95Ms: 50 };

export async function runBrowseBench(
  sizes: readonly number[] = readSizesOption(process.argv.slice(2), defaultSizes),
): Promise<Record<string, unknown>> {
  console.log('browse bench: building the bench page');
  const outDir = await buildBenchPage(new URL('./browser/', import.meta.url), 'drillbook-browse');
  const server = await serveStatic(outDir, Number(process.env.REVIEW_BENCH_PORT ?? benchPort));
  try {
    const loadBefore = loadavg();
    const run = await runOnSeededSizes(server.url, sizes, async (page, { size, record }) => ({
      size,
      ...(await measureInPage(page, { size, startAt: record.startAt })),
    }));
    const largest = run.figures.find((figures) => figures.size === targets.size);
    const result = {
      name: 'browse',
      date: new Date().toISOString(),
      chromium: run.chromium,
      machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() },
      targets: {
        ...targets,
        firstPage: verdict(largest?.firstPageMs, targets.firstPageMs),
        searchP95: verdict(largest?.search.p95, targets.searchP95Ms),
      },
      sizes: run.figures,
    };
    writeBenchResult('browse', result);
    return result;
  } finally {
    await server.close();
  }
}

function measureInPage(page: Page, request: MeasureRequest): Promise<BrowseFigures> {
  return page.evaluate((inPage) => {
    const run: unknown = Reflect.get(window, 'measureBrowseBench');
    if (typeof run !== 'function') throw new Error('The bench page did not load');
    return run(inPage);
  }, request);
}

function verdict(ms: number | undefined, limitMs: number): string {
  if (ms === undefined) return 'not measured (size not run)';
  return ms <= limitMs ? 'met' : 'missed';
}

export function printBrowseBench(result: Record<string, unknown>): void {
  const sizes = Reflect.get(result, 'sizes') as (BrowseFigures & { size: number })[];
  for (const figures of sizes) {
    const { heapMb, search } = figures;
    console.log(
      [
        `${figures.size} cards: first page ${figures.firstPageMs} ms`,
        `(${figures.firstPageFullReadMs} ms reading every card, as before),`,
        `first text search ${figures.firstTextSearchMs} ms more,`,
        `whole index ${figures.indexBuildMs} ms;`,
        `heap ${heapMb.before} MB, ${heapMb.firstPage} MB at the first page, ${heapMb.indexed} MB indexed;`,
        `search p50 ${search.p50} p95 ${search.p95} max ${search.max} ms;`,
        `second visit ${figures.secondVisitMs} ms`,
      ].join(' '),
    );
    for (const design of figures.textDesigns) {
      const { textSearch } = design;
      console.log(
        `  text search alone, ${design.name}: index ${design.indexBuildMs} ms, heap +${design.indexHeapMb} MB, ` +
          `p50 ${textSearch.p50} p95 ${textSearch.p95} max ${textSearch.max} ms`,
      );
    }
  }
  console.log(`targets: ${JSON.stringify(result.targets)}`);
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) {
  printBrowseBench(await runBrowseBench());
}
