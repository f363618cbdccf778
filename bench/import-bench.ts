// Import throughput in Chromium through the app's real import path (the Import screen's
// worker client, the import worker, compile, plan, bulk writes) for 10,000 and 100,000 cards,
// and, on the same 10,000 card rows, bulk chunked writes against one transaction per card.
// Run with `npx tsx bench/import-bench.ts [--sizes=10000]`; figures go to bench/results/import.json.

import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { readSizesOption, writeBenchResult } from './bench-support';
import type { ImportRunFigures, WriteFigures } from './browser/import-bench-types';
import { buildImportBenchPage } from './browser/import-build-page';
import { runImportInChromium } from './browser/import-run-in-chromium';
import { serveStatic } from './browser/serve-static';

const defaultSizes = [10_000, 100_000];
/** The target: 10,000 cards end to end in at most 2 s. */
const target = { cards: 10_000, maxMs: 2000 };

/** `--sizes=...` runs a subset of the default sizes. */
export function readImportSizes(args: readonly string[]): number[] {
  return readSizesOption(args, defaultSizes);
}

export type ImportBenchResult = {
  name: 'import';
  date: string;
  chromium: string;
  machine: { cpus: number; loadAverageBefore: number[]; loadAverageAfter: number[] };
  /** The verdict of each mode's run at the target size. */
  target: { cards: number; maxMs: number; verdicts: Record<string, string> };
  /** The write floor at the target size: the fastest way measured to store the same rows, same run. */
  writeFloorMs: number | null;
  /** Writing as many key-only rows: what the requests alone cost. */
  requestFloorMs: number | null;
  runs: ImportRunFigures[];
  writes: WriteFigures | null;
};

export async function runImportBench(
  sizes: readonly number[] = readImportSizes(process.argv.slice(2)),
): Promise<ImportBenchResult> {
  console.log('import bench: building the bench page');
  const outDir = await buildImportBenchPage();
  const server = await serveStatic(outDir);
  try {
    const loadBefore = loadavg();
    const run = await runImportInChromium(server.url, sizes, target.cards);
    const atTarget = run.runs.filter((figures) => figures.cards === target.cards);
    const result: ImportBenchResult = {
      name: 'import',
      date: new Date().toISOString(),
      chromium: run.chromium,
      machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() },
      target: {
        ...target,
        verdicts: Object.fromEntries(
          atTarget.map((figures) => [
            figures.mode,
            figures.totalMs <= target.maxMs ? 'met' : 'missed',
          ]),
        ),
      },
      writeFloorMs: run.writes ? readWriteFloor(run.writes.medians) : null,
      requestFloorMs: run.writes?.medians.rawPutKeyOnly ?? null,
      runs: run.runs,
      writes: run.writes,
    };
    writeBenchResult('import', result);
    return result;
  } finally {
    await server.close();
  }
}

/** The fastest way of writing the real rows (key-only rows are not the real rows). */
function readWriteFloor(medians: Record<string, number>): number {
  const { rawPutKeyOnly: _keyOnly, ...realRows } = medians;
  return Math.min(...Object.values(realRows));
}

export function printImportBench(result: ImportBenchResult): void {
  const { runs, writes } = result;
  console.log(`import bench in Chromium ${result.chromium}`);
  for (const figures of runs) {
    console.log(
      `  ${String(figures.cards).padStart(7)} cards (${figures.megabytes} MB, ${figures.mode} worker): ${figures.totalMs} ms end to end, ${figures.cardsPerSecond} cards/s (start and read ${figures.startAndReadMs} ms, parse and plan ${figures.parseAndPlanMs} ms of which compileDeck alone ~${figures.compileOnlyMs} ms, write ${figures.writeMs} ms)`,
    );
  }
  if (writes !== null) {
    const medians = Object.entries(writes.medians)
      .map(([name, ms]) => `${name} ${ms} ms`)
      .join(', ');
    console.log(
      `  writes of ${writes.cards} card rows (median of ${writes.rounds}): ${medians}; one transaction per card ${writes.perCardTransactionMs} ms (timed on ${writes.perCardSampledRows} rows; ${writes.perCardOverBulk}x the bulk time); bulk over the raw floor ${writes.bulkOverRawFloor}x`,
    );
    console.log(
      `  the same number of key-only rows (the requests alone): ${result.requestFloorMs} ms`,
    );
  }
  const verdicts = Object.entries(result.target.verdicts)
    .map(([mode, verdict]) => `${verdict} (${mode} worker)`)
    .join(', ');
  console.log(`  target ${target.cards} cards in <= ${target.maxMs} ms: ${verdicts || 'not run'}`);
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) {
  printImportBench(await runImportBench());
}
