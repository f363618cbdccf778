// Node side: opens the built bench page in Debian's Chromium (never a downloaded browser)
// and runs the page's benchmark for each collection size, forwarding its progress lines.
import { chromium } from '@playwright/test';
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage();
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
    return { chromium: browser.version(), isCrossOriginIsolated, figures };
  } finally {
    await browser.close();
  }
}

// Runs inside the page: Playwright serialises this function, so it may only use its argument.
function runPageBench(size: number): Promise<SizeFigures> {
  const run: unknown = Reflect.get(window, 'runReviewBench');
  if (typeof run !== 'function') throw new Error('The bench page did not load');
  return run(size);
}
