// Node side: opens the built optimizer bench page in Debian's Chromium (never a downloaded
// browser), seeds each size once and runs Optimize with each thread count on it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { benchChromium } from '../bench-support';
import type { OptimizerRunFigures } from './optimizer-bench-types';
import { startTracing, stopTracing } from './trace-main-thread';

export type SizeRun = { size: number; seedMs: number; runs: OptimizerRunFigures[] };

export type OptimizerBrowserRun = {
  chromium: string;
  isCrossOriginIsolated: boolean;
  hardwareConcurrency: number;
  sizes: SizeRun[];
};

export async function runOptimizerInChromium(
  url: string,
  sizes: readonly number[],
  threadCounts: readonly number[],
): Promise<OptimizerBrowserRun> {
  // A persistent profile keeps IndexedDB on disk, as for a real user.
  const profile = await mkdtemp(join(tmpdir(), 'drillbook-optimizer-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...benchChromium,
    headless: true,
  });
  try {
    const pageErrors: Error[] = [];
    // Each step in a fresh tab, hence a fresh renderer process, as the optimizer page gets: the
    // run's main thread never meets the seeding's garbage (or the last run's) in its heap.
    const openPage = async () => {
      const page = await context.newPage();
      page.on('console', (message) => console.log(`  ${message.text()}`));
      page.on('pageerror', (error) => pageErrors.push(error));
      await page.goto(url);
      await page.waitForFunction(
        () => typeof Reflect.get(window, 'runOptimizerBench') === 'function',
      );
      return page;
    };
    const first = await openPage();
    const isCrossOriginIsolated = await first.evaluate(() => window.crossOriginIsolated);
    const hardwareConcurrency = await first.evaluate(() => navigator.hardwareConcurrency);
    const version = context.browser()?.version() ?? (await readVersion(first));
    await first.close();
    const results: SizeRun[] = [];
    for (const size of sizes) {
      console.log(`optimizer bench: seeding ${size} reviews`);
      const seeding = await openPage();
      const seedMs = await seeding.evaluate(seedPage, size);
      await seeding.close();
      const runs: OptimizerRunFigures[] = [];
      for (const threads of threadCounts) {
        console.log(`optimizer bench: ${size} reviews, ${threads} thread(s)`);
        const page = await openPage();
        const tracing = await startTracing(context, page);
        const figures = await page.evaluate(runPage, { size, threads });
        runs.push({ ...figures, traced: await stopTracing(tracing) });
        await page.close();
      }
      results.push({ size, seedMs, runs });
    }
    if (pageErrors.length > 0) throw pageErrors[0];
    return { chromium: version, isCrossOriginIsolated, hardwareConcurrency, sizes: results };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function readVersion(page: Page): Promise<string> {
  const agent = await page.evaluate(() => navigator.userAgent);
  return /Chrome\/([\d.]+)/.exec(agent)?.[1] ?? agent;
}

// Run inside the page: Playwright serialises these functions, so they may only use their argument.
function seedPage(size: number): Promise<number> {
  const seed: unknown = Reflect.get(window, 'seedOptimizerBench');
  if (typeof seed !== 'function') throw new Error('The bench page did not load');
  return seed(size);
}

function runPage(input: { size: number; threads: number }): Promise<OptimizerRunFigures> {
  const run: unknown = Reflect.get(window, 'runOptimizerBench');
  if (typeof run !== 'function') throw new Error('The bench page did not load');
  return run(input.size, input.threads);
}
