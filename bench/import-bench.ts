// Import throughput in Chromium through the app's real import path (the Import screen's
// worker client, the import worker, compile, plan, bulk writes) for 10,000 and 100,000 cards,
// and, on the same 10,000 card rows, bulk chunked writes against one transaction per card.
// Run with `npx tsx bench/import-bench.ts [--sizes=10000]`; figures go to bench/results/import.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { ImportRunFigures, WriteFigures } from './browser/import-bench-types';
import { buildImportBenchPage } from './browser/import-build-page';
import { runImportInChromium } from './browser/import-run-in-chromium';
import { serveStatic } from './browser/serve-static';

const defaultSizes = [10_000, 100_000];
/** The target: 10,000 cards end to end in at most 2 s. */
const target = { cards: 10_000, maxMs: 2000 };

export function readImportSizes(args: readonly string[]): number[] {
  const option = args.find((arg) => arg.startsWith('--sizes='));
  if (option === undefined) return defaultSizes;
  const sizes = option
    .slice('--sizes='.length)
    .split(',')
    .map((text) => Number(text.trim()));
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 100)) {
    throw new Error(`--sizes takes whole numbers of at least 100, not "${option}"`);
  }
  return sizes;
}

export type ImportBenchResult = {
  name: 'import';
  date: string;
  chromium: string;
  machine: { cpus: number; loadAverageBefore: number[]; loadAverageAfter: number[] };
  target: { cards: number; maxMs: number; verdict: string };
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
    const atTarget = run.runs.find((figures) => figures.cards === target.cards);
    const result: ImportBenchResult = {
      name: 'import',
      date: new Date().toISOString(),
      chromium: run.chromium,
      machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() },
      target: {
        ...target,
        verdict:
          atTarget === undefined
            ? 'not measured (size not run)'
            : atTarget.totalMs <= target.maxMs
              ? 'met'
              : 'missed',
      },
      runs: run.runs,
      writes: run.writes,
    };
    const dir = new URL('./results/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    writeFileSync(new URL('import.json', dir), `${JSON.stringify(result, null, 2)}\n`);
    return result;
  } finally {
    await server.close();
  }
}

export function printImportBench(result: ImportBenchResult): void {
  const { runs, writes } = result;
  console.log(`import bench in Chromium ${result.chromium}`);
  for (const figures of runs) {
    console.log(
      `  ${String(figures.cards).padStart(7)} cards (${figures.megabytes} MB): ${figures.totalMs} ms end to end, ${figures.cardsPerSecond} cards/s (start and read ${figures.startAndReadMs} ms, parse and plan ${figures.parseAndPlanMs} ms of which compileDeck alone ~${figures.compileOnlyMs} ms, write ${figures.writeMs} ms)`,
    );
  }
  if (writes !== null) {
    console.log(
      `  writes of ${writes.cards} card rows: bulk chunks ${writes.bulkChunksMs} ms, pipelined chunks ${writes.bulkPipelinedMs} ms, one transaction per card ${writes.perCardTransactionMs} ms (${writes.perCardOverBulk}x the bulk time)`,
    );
  }
  console.log(`  target ${target.cards} cards in <= ${target.maxMs} ms: ${result.target.verdict}`);
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) {
  printImportBench(await runImportBench());
}
