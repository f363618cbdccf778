// Node side: opens the built bench page in Debian's Chromium (never a downloaded browser)
// and runs the page's benchmark for each collection size, forwarding its progress lines.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { SizeFigures } from './review-bench-types';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type BrowserRun = {
  chromium: string;
  isCrossOriginIsolated: boolean;
  figures: SizeFigures[];
};

export async function runInChromium(url: string, sizes: readonly number[]): Promise<BrowserRun> {
  // A persistent profile keeps IndexedDB on disk, as for a real user; Playwright's default
  // contexts are off the record, with IndexedDB in memory and a small quota.
  const profile = await mkdtemp(join(tmpdir(), 'drillbook-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
    headless: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => console.log(`  ${message.text()}`));
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(url);
    await page.waitForFunction(() => typeof Reflect.get(window, 'runReviewBench') === 'function');
    const isCrossOriginIsolated = await page.evaluate(() => window.crossOriginIsolated);
    const figures: SizeFigures[] = [];
    for (const size of sizes) {
      console.log(`review bench: ${size} cards`);
      figures.push(await page.evaluate(runPageBench, size));
    }
    if (pageErrors.length > 0) throw pageErrors[0];
    const version = context.browser()?.version() ?? (await readVersion(page));
    return { chromium: version, isCrossOriginIsolated, figures };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function readVersion(page: Page): Promise<string> {
  const agent = await page.evaluate(() => navigator.userAgent);
  return /Chrome\/([\d.]+)/.exec(agent)?.[1] ?? agent;
}

// Runs inside the page: Playwright serialises this function, so it may only use its argument.
function runPageBench(size: number): Promise<SizeFigures> {
  const run: unknown = Reflect.get(window, 'runReviewBench');
  if (typeof run !== 'function') throw new Error('The bench page did not load');
  return run(size);
}
