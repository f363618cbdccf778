// Node side: opens the built bench page in Debian's Chromium (never a downloaded browser)
// and runs the page's benchmark for each collection size, forwarding its progress lines.
// Each size is seeded once into a cached profile (bench/.cache/) and measured on a copy.
import { rm } from 'node:fs/promises';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { benchChromium } from '../bench-support';
import type { SchedulerOverhead } from '../scheduler-overhead';
import {
  clearProfiles,
  copyProfile,
  findCachedProfile,
  markSeeded,
  type SeedRecord,
} from './profile-cache';
import type { MeasureRequest, SeedResult, SizeFigures } from './review-bench-types';

export type BrowserRun = {
  chromium: string;
  isCrossOriginIsolated: boolean;
  figures: SizeFigures[];
  /** The scheduler wrapper against bare ts-fsrs, timed in this browser's page. */
  schedulerOverhead: SchedulerOverhead | null;
};

export async function runInChromium(url: string, sizes: readonly number[]): Promise<BrowserRun> {
  const figures: SizeFigures[] = [];
  let chromiumVersion = '';
  let isCrossOriginIsolated = false;
  let schedulerOverhead: SchedulerOverhead | null = null;
  for (const size of sizes) {
    console.log(`review bench: ${size} cards`);
    const port = Number(new URL(url).port);
    const { record, reused, key, dir } = await ensureSeeded(url, port, size);
    // A persistent profile keeps IndexedDB on disk, as for a real user; Playwright's default
    // contexts are off the record, with IndexedDB in memory and a small quota.
    const work = await copyProfile(dir);
    try {
      const request: MeasureRequest = { size, startAt: record.startAt };
      const run = await withPage(work, url, async (page) => {
        isCrossOriginIsolated = await page.evaluate(() => window.crossOriginIsolated);
        schedulerOverhead ??= await page.evaluate(runPageOverhead);
        return page.evaluate(runPageMeasure, request);
      });
      chromiumVersion = run.version;
      figures.push({
        ...run.value,
        seed: record.seed,
        database: {
          reused,
          seedKey: key,
          seededAt: record.seededAt,
          seedWallMs: record.seedWallMs,
        },
      });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  return { chromium: chromiumVersion, isCrossOriginIsolated, figures, schedulerOverhead };
}

async function ensureSeeded(
  url: string,
  port: number,
  size: number,
): Promise<{ record: SeedRecord; reused: boolean; key: string; dir: string }> {
  const cached = await findCachedProfile(size, port);
  if (cached.record !== null) {
    console.log(`  reusing the database seeded at ${cached.record.seededAt} (${cached.key})`);
    return { record: cached.record, reused: true, key: cached.key, dir: cached.dir };
  }
  console.log(`  seeding a new database (${cached.key}); it is kept for later runs`);
  await clearProfiles(size);
  const began = performance.now();
  const run = await withPage(cached.dir, url, (page) => page.evaluate(runPageSeed, size));
  const record: SeedRecord = {
    ...run.value,
    seededAt: new Date().toISOString(),
    seedWallMs: Math.round(performance.now() - began),
    port,
  };
  await markSeeded(cached.dir, record);
  return { record, reused: false, key: cached.key, dir: cached.dir };
}

async function withPage<T>(
  profile: string,
  url: string,
  work: (page: Page) => Promise<T>,
): Promise<{ value: T; version: string }> {
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    ...benchChromium,
    headless: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => console.log(`  ${message.text()}`));
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(url);
    await page.waitForFunction(
      () => typeof Reflect.get(window, 'measureReviewBench') === 'function',
    );
    const value = await work(page);
    if (pageErrors.length > 0) throw pageErrors[0];
    const version = context.browser()?.version() ?? (await readVersion(page));
    return { value, version };
  } finally {
    await context.close();
  }
}

async function readVersion(page: Page): Promise<string> {
  const agent = await page.evaluate(() => navigator.userAgent);
  return /Chrome\/([\d.]+)/.exec(agent)?.[1] ?? agent;
}

// These run inside the page: Playwright serialises them, so they may only use their argument.
function runPageSeed(size: number): Promise<SeedResult> {
  const run: unknown = Reflect.get(window, 'seedReviewBench');
  if (typeof run !== 'function') throw new Error('The bench page did not load');
  return run(size);
}

function runPageOverhead(): SchedulerOverhead {
  const run: unknown = Reflect.get(window, 'measureSchedulerOverhead');
  if (typeof run !== 'function') throw new Error('The bench page did not load');
  return run();
}

function runPageMeasure(request: MeasureRequest): Promise<Omit<SizeFigures, 'seed' | 'database'>> {
  const run: unknown = Reflect.get(window, 'measureReviewBench');
  if (typeof run !== 'function') throw new Error('The bench page did not load');
  return run(request);
}
