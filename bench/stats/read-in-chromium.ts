// Node side of the stats bench's Chromium part: builds bench/stats into its own cache folder,
// serves it, and runs the page's read bench in Debian's Chromium with a persistent profile
// (IndexedDB on disk, as for a real user). Seeding 1,000,000 reviews takes minutes;
// STATS_BENCH_PROFILE=<folder> keeps the profile there, so the next run reuses it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { benchChromium } from '../bench-support';
import { buildBenchPage } from '../build-bench-page';
import type { StatsReadFigures } from './stats-read-types';

export type StatsBrowserRun = {
  chromium: string;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  figures: StatsReadFigures;
};

export async function runStatsReadInChromium(reviews: number): Promise<StatsBrowserRun> {
  const dir = await buildBenchPage(new URL('./', import.meta.url), 'drillbook-stats-bench');
  const keptProfile = process.env.STATS_BENCH_PROFILE;
  const profile = keptProfile ?? (await mkdtemp(join(tmpdir(), 'drillbook-stats-bench-')));
  const loadAverageBefore = loadavg();
  const context = await chromium.launchPersistentContext(profile, {
    ...benchChromium,
    // Unrounded performance.memory, for the heap figures.
    args: [...benchChromium.args, '--enable-precise-memory-info'],
    headless: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => console.log(`  ${message.text()}`));
    await serveFromFolder(context, dir);
    await page.goto(pageOrigin);
    await page.waitForFunction(
      () => typeof Reflect.get(window, 'runStatsReadBench') === 'function',
    );
    page.setDefaultTimeout(0);
    const figures = await page.evaluate((count) => {
      const run: unknown = Reflect.get(window, 'runStatsReadBench');
      if (typeof run !== 'function') throw new Error('The bench page did not load');
      return run(count) as Promise<StatsReadFigures>;
    }, reviews);
    const chromiumVersion = context.browser()?.version() ?? 'unknown';
    return { chromium: chromiumVersion, loadAverageBefore, loadAverageAfter: loadavg(), figures };
  } finally {
    await context.close();
    if (keptProfile === undefined) await rm(profile, { recursive: true, force: true });
  }
}

// A fixed origin, answered from the built folder: IndexedDB belongs to the origin, so a kept
// profile finds its seeded collection again (a local server would get a new port each run).
const pageOrigin = 'http://stats-bench.localhost/';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

async function serveFromFolder(context: BrowserContext, dir: string): Promise<void> {
  const root = normalize(dir + sep);
  await context.route(`${pageOrigin}**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(root)) return route.fulfill({ status: 403 });
    const body = await readFile(file).catch(() => null);
    if (body === null) return route.fulfill({ status: 404 });
    return route.fulfill({ body, contentType: contentTypes[extname(file)] ?? 'text/plain' });
  });
}
