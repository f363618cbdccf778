// Node side of the restore bench: restores a generated backup through Settings' `Restore
// backup` in the production build, timing it and sampling the JS heap of the page and of the
// import worker until the report shows.
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
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
    // performance.memory exists in pages only: the worker's heap comes from DevTools' protocol.
    const cdp = await page.context().newCDPSession(page);
    const workerSessions: string[] = [];
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') workerSessions.push(event.sessionId);
    });
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const used: unknown = Reflect.get(Object(JSON.parse(event.message).result), 'usedSize');
      if (typeof used === 'number') peakWorker = Math.max(peakWorker ?? 0, used);
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    let isDone = false;
    let messageId = 0;
    const sample = async () => {
      while (!isDone) {
        const pageHeap = await page.evaluate(readHeap).catch(() => null);
        if (pageHeap != null) peakPage = Math.max(peakPage ?? 0, pageHeap);
        for (const sessionId of workerSessions) {
          messageId += 1;
          const message = JSON.stringify({ id: messageId, method: 'Runtime.getHeapUsage' });
          await cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => null);
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
