// Node side of the restore bench: restores a generated backup through Settings' `Restore
// backup` in the production build, timing it and sampling the JS heap of the page and of the
// import worker (Chromium's performance.memory, with precise figures) until the report shows.
import { writeFile } from 'node:fs/promises';
import { chromium, type Worker } from '@playwright/test';
import { generateLargeBackup } from '../../tests/support/large-backup';
import { benchChromium } from '../bench-support';

export type RestoreRun = {
  megabytes: number;
  cards: number;
  reviews: number;
  restoreMs: number;
  peakWorkerHeapMb: number | null;
  peakPageHeapMb: number | null;
  report: string;
};

const SAMPLE_EVERY_MS = 50;
const MEGABYTE = 1024 * 1024;
const RESTORE_TIMEOUT_MS = 900_000;

function readHeap(): number | null {
  const memory: unknown = Reflect.get(performance, 'memory');
  const used = memory === undefined ? undefined : Reflect.get(Object(memory), 'usedJSHeapSize');
  return typeof used === 'number' ? used : null;
}

export async function restoreInChromium(
  appUrl: string,
  targetBytes: number,
  filePath: string,
): Promise<RestoreRun> {
  const backup = generateLargeBackup(targetBytes);
  await writeFile(filePath, backup.text);
  const browser = await chromium.launch({
    ...benchChromium,
    args: [...benchChromium.args, '--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${appUrl}/settings`);
    await page.getByLabel('Restore backup').waitFor();
    let peakWorker: number | null = null;
    let peakPage: number | null = null;
    const workers: Worker[] = [];
    page.on('worker', (worker) => workers.push(worker));
    let isDone = false;
    const sample = async () => {
      while (!isDone) {
        const [pageHeap, ...workerHeaps] = await Promise.all([
          page.evaluate(readHeap).catch(() => null),
          ...workers.map((worker) => worker.evaluate(readHeap).catch(() => null)),
        ]);
        if (pageHeap != null) peakPage = Math.max(peakPage ?? 0, pageHeap);
        for (const heap of workerHeaps) {
          if (heap != null) peakWorker = Math.max(peakWorker ?? 0, heap);
        }
        await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
      }
    };
    const began = performance.now();
    await page.getByLabel('Restore backup').setInputFiles(filePath);
    const sampling = sample();
    const report = page.getByRole('status').filter({ hasText: /drillbook-backup-bench\.json/ });
    await report.waitFor({ timeout: RESTORE_TIMEOUT_MS });
    const restoreMs = performance.now() - began;
    isDone = true;
    await sampling;
    return {
      megabytes: Number((backup.text.length / MEGABYTE).toFixed(1)),
      cards: backup.cards,
      reviews: backup.reviews,
      restoreMs: Math.round(restoreMs),
      peakWorkerHeapMb: peakWorker === null ? null : Math.round(peakWorker / MEGABYTE),
      peakPageHeapMb: peakPage === null ? null : Math.round(peakPage / MEGABYTE),
      report: (await report.textContent()) ?? '',
    };
  } finally {
    await browser.close();
  }
}
