// Node side: opens the built import bench page in Debian's Chromium (never a downloaded
// browser) and runs the page's import bench for each size, forwarding its progress lines.
import { chromium } from '@playwright/test';
import { benchChromium } from '../bench-support';
import type { ImportRunFigures, WriteFigures } from './import-bench-types';

export type ImportBrowserRun = {
  chromium: string;
  runs: ImportRunFigures[];
  writes: WriteFigures | null;
};

/**
 * Runs each size in its own fresh page, with a prepared worker (as the Import screen does);
 * at `compareAt` cards also with a cold one, and the writes are compared there.
 */
export async function runImportInChromium(
  url: string,
  sizes: readonly number[],
  compareAt: number,
): Promise<ImportBrowserRun> {
  const browser = await chromium.launch({
    ...benchChromium,
  });
  try {
    const runs: ImportRunFigures[] = [];
    let writes: WriteFigures | null = null;
    for (const size of sizes) {
      const page = await browser.newPage();
      page.on('console', (message) => console.log(`  ${message.text()}`));
      const pageErrors: Error[] = [];
      page.on('pageerror', (error) => pageErrors.push(error));
      await page.goto(url);
      await page.waitForFunction(() => typeof Reflect.get(window, 'runImportBench') === 'function');
      console.log(`import bench: ${size} cards`);
      const isTarget = size === compareAt;
      const modes = isTarget ? ['cold', 'prepared'] : ['prepared'];
      const figures = await page.evaluate(runPageBench, { size, modes, isComparing: isTarget });
      if (pageErrors.length > 0) throw pageErrors[0];
      runs.push(...figures.runs);
      writes = figures.writes ?? writes;
      await page.close();
    }
    return { chromium: browser.version(), runs, writes };
  } finally {
    await browser.close();
  }
}

// Runs inside the page: Playwright serialises this function, so it may only use its argument.
function runPageBench(input: {
  size: number;
  modes: string[];
  isComparing: boolean;
}): Promise<{ runs: ImportRunFigures[]; writes: WriteFigures | null }> {
  const run: unknown = Reflect.get(window, 'runImportBench');
  if (typeof run !== 'function') throw new Error('The bench page did not load');
  return run(input.size, input.modes, input.isComparing);
}
