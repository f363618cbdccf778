// Restore backup in Chromium, through the production build's Settings screen and import
// worker: restore time and peak JS heap (page and worker) for generated backups of 57 MB (the
// collection of 43,000 cards the issue reported) and 100 MB. Run with
// `npx tsx bench/restore-bench.ts [--sizes=57,100]` (megabytes); figures go to
// bench/results/restore.json.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, preview } from 'vite';
import { readSizesOption, writeBenchResult } from './bench-support';
import { type RestoreRun, restoreInChromium } from './restore/restore-in-chromium';

const defaultSizesMb = [57, 100];
const MEGABYTE = 1024 * 1024;

export async function runRestoreBench(
  sizesMb: readonly number[] = readSizesOption(process.argv.slice(2), defaultSizesMb, 1),
): Promise<Record<string, unknown>> {
  const outDir = join('node_modules', '.cache', 'drillbook-bench', 'restore-app');
  console.log('restore bench: building the app');
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const appUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!appUrl) throw new Error('preview server did not report its address');
  const folder = await mkdtemp(join(tmpdir(), 'drillbook-restore-bench-'));
  try {
    const runs: (RestoreRun & { loadAverageBefore: number[] })[] = [];
    for (const size of sizesMb) {
      const loadAverageBefore = loadavg();
      const file = join(folder, 'drillbook-backup-bench.json');
      const run = await restoreInChromium(appUrl, size * MEGABYTE, file);
      console.log(
        `${run.megabytes} MB (${run.cards} cards, ${run.reviews} reviews): ${run.restoreMs} ms, peak heap worker ${run.peakWorkerHeapMb} MB, page ${run.peakPageHeapMb} MB`,
      );
      runs.push({ ...run, loadAverageBefore });
    }
    const result = {
      name: 'restore',
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, loadAverageAfter: loadavg() },
      runs,
    };
    writeBenchResult('restore', result);
    return result;
  } finally {
    await rm(folder, { recursive: true, force: true });
    await server.close();
  }
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) {
  await runRestoreBench();
}
