// Node side: opens the built bench page in Debian's Chromium (never a downloaded browser)
// and runs the page's benchmark for each collection size, forwarding its progress lines.
// Every size is seeded once into one cached profile (bench/.cache/), and measured on one copy
// of it per run: each size has its own database, so measuring one leaves the others as seeded.
import { rm } from 'node:fs/promises';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { benchChromium } from '../bench-support';
import type { SchedulerOverhead } from '../scheduler-overhead';
import { heapFlags } from './heap';
import {
  type CachedProfile,
  clearStaleProfiles,
  copyProfile,
  findCachedProfile,
  markSeeded,
  type SeedRecord,
} from './profile-cache';
import type {
  DatabaseFigures,
  MeasureRequest,
  SeedResult,
  SizeFigures,
} from './review-bench-types';

export type BrowserRun = {
  chromium: string;
  isCrossOriginIsolated: boolean;
  figures: SizeFigures[];
  /** The scheduler wrapper against bare ts-fsrs, timed in this browser's page. */
  schedulerOverhead: SchedulerOverhead | null;
};

export async function runInChromium(url: string, sizes: readonly number[]): Promise<BrowserRun> {
  let isCrossOriginIsolated = false;
  let schedulerOverhead: SchedulerOverhead | null = null;
  const run = await runOnSeededSizes(url, sizes, async (page, { size, record, database }) => {
    isCrossOriginIsolated = await page.evaluate(() => window.crossOriginIsolated);
    schedulerOverhead ??= await page.evaluate(runPageOverhead);
    const request: MeasureRequest = { size, startAt: record.startAt };
    const figures = await page.evaluate(runPageMeasure, request);
    return { ...figures, seed: record.seed, database };
  });
  return { chromium: run.chromium, isCrossOriginIsolated, figures: run.figures, schedulerOverhead };
}

export type SeededSize = { size: number; record: SeedRecord; database: DatabaseFigures };

/**
 * Runs `measure` once per size, each in a fresh browser (as a user reopening the app) on one
 * copy of the seeded profile, seeding first the sizes the cache lacks.
 */
export async function runOnSeededSizes<T>(
  url: string,
  sizes: readonly number[],
  measure: (page: Page, seeded: SeededSize) => Promise<T>,
): Promise<{ chromium: string; figures: T[] }> {
  const figures: T[] = [];
  let chromiumVersion = '';
  const profile = await findCachedProfile(Number(new URL(url).port));
  const seeded = await ensureSeeded(url, profile, sizes);
  // A persistent profile keeps IndexedDB on disk, as for a real user; Playwright's default
  // contexts are off the record, with IndexedDB in memory and a small quota.
  const copyBegan = performance.now();
  const work = await copyProfile(profile.dir);
  console.log(`  copied the seeded profile in ${seconds(performance.now() - copyBegan)}`);
  try {
    for (const size of sizes) {
      console.log(`  ${size} cards`);
      const record = profile.records.get(size);
      if (record === undefined) throw new Error(`No database of ${size} cards was seeded`);
      const database: DatabaseFigures = {
        reused: !seeded.has(size),
        seedKey: profile.key,
        seededAt: record.seededAt,
        seedWallMs: record.seedWallMs,
      };
      const run = await withPage(work, url, (page) => measure(page, { size, record, database }));
      chromiumVersion = run.version;
      figures.push(run.value);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { chromium: chromiumVersion, figures };
}

/** Seeds the sizes the cached profile lacks, in one browser session; returns those sizes. */
async function ensureSeeded(
  url: string,
  profile: CachedProfile,
  sizes: readonly number[],
): Promise<Set<number>> {
  const missing = sizes.filter((size) => !profile.records.has(size));
  for (const size of sizes) {
    const record = profile.records.get(size);
    if (record) console.log(`  ${size} cards: reusing the database seeded at ${record.seededAt}`);
  }
  if (missing.length === 0) return new Set();
  await clearStaleProfiles(profile);
  console.log(`  seeding ${missing.join(', ')} cards (${profile.key}); kept for later runs`);
  await withPage(profile.dir, url, async (page) => {
    for (const size of missing) {
      const began = performance.now();
      const result = await page.evaluate(runPageSeed, size);
      const record: SeedRecord = {
        ...result,
        seededAt: new Date().toISOString(),
        seedWallMs: Math.round(performance.now() - began),
        port: Number(new URL(url).port),
      };
      await markSeeded(profile, size, record);
    }
  });
  return new Set(missing);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function withPage<T>(
  profile: string,
  url: string,
  work: (page: Page) => Promise<T>,
): Promise<{ value: T; version: string }> {
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    ...benchChromium,
    args: [...benchChromium.args, ...heapFlags],
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
