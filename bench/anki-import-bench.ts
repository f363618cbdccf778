// Anki package import in Chromium, end to end through the production build's Import screen
// and import worker: the real 340-note current package (zstd, schema 18) from choosing the
// file to the report on screen. A first import in a fresh profile also fetches the Anki
// reader (sql.js and its wasm); the second, in the same page, finds every card unchanged.
// Run with `npx tsx bench/anki-import-bench.ts`; figures go to bench/results/anki-import.json.
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { benchChromium, writeBenchResult } from './bench-support';

const PACKAGE = 'music-intervals-anki21b.apkg';
const NOTES = 340;
const ROUNDS = 5;
/** The target for this package, first import included. */
const TARGET_MS = 2000;
const LAST_DECK_LINE = 'Imported 102 cards into Music Intervals › 4/ Chords - 9th, 11th, 13th';

type Round = { firstImportMs: number; reimportMs: number };

async function timeImport(page: Page, file: Buffer, expected: string): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: expected });
  const began = performance.now();
  await page.getByLabel('Import deck').setInputFiles({
    name: PACKAGE,
    mimeType: 'application/octet-stream',
    buffer: file,
  });
  await status.waitFor({ state: 'visible', timeout: 60_000 });
  return Math.round(performance.now() - began);
}

async function openImportScreen(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/import`);
  await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function runAnkiImportBench(): Promise<Record<string, unknown>> {
  const outDir = join('node_modules', '.cache', 'drillbook-bench', 'anki-app');
  console.log('anki-import bench: building the app');
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const appUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!appUrl) throw new Error('preview server did not report its address');
  const file = await readFile(
    join(import.meta.dirname, '..', 'tests', 'fixtures', 'anki', PACKAGE),
  );
  const browser = await chromium.launch(benchChromium);
  const loadAverageBefore = loadavg();
  try {
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      // A fresh profile each round: nothing cached, nothing stored.
      const context = await browser.newContext();
      const page = await context.newPage();
      await openImportScreen(page, appUrl);
      const firstImportMs = await timeImport(page, file, `${LAST_DECK_LINE}: 102 added`);
      const reimportMs = await timeImport(page, file, `${LAST_DECK_LINE}: 0 added`);
      rounds.push({ firstImportMs, reimportMs });
      console.log(`  round ${i + 1}: first import ${firstImportMs} ms, again ${reimportMs} ms`);
      await context.close();
    }
    const firstImportMs = median(rounds.map((round) => round.firstImportMs));
    const result = {
      name: 'anki-import',
      date: new Date().toISOString(),
      chromium: browser.version(),
      input: `${PACKAGE}: ${NOTES} notes, current format (collection.anki21b, zstd, schema 18)`,
      machine: { cpus: cpus().length, loadAverageBefore, loadAverageAfter: loadavg() },
      target: { maxMs: TARGET_MS, verdict: firstImportMs <= TARGET_MS ? 'met' : 'missed' },
      medianFirstImportMs: firstImportMs,
      medianReimportMs: median(rounds.map((round) => round.reimportMs)),
      rounds,
    };
    writeBenchResult('anki-import', result);
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printAnkiImportBench(result: Record<string, unknown>): void {
  console.log(
    `anki-import: first import ${String(result.medianFirstImportMs)} ms (median), again ${String(result.medianReimportMs)} ms, target ${TARGET_MS} ms`,
  );
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) printAnkiImportBench(await runAnkiImportBench());
