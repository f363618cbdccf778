// Anki-text import with `#html:true` on a hostile field: one answer of repeated `<code>` with
// no closing tag, from 60 KB to 1.8 MB. Times the HTML conversion, the previous version's
// scanning passes beside it in the same run, and the whole parse of the file as the import
// worker runs it. Run with
// `npx tsx bench/html-import-bench.ts`; figures go to bench/results/html-import.json.

import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { htmlToMarkdown } from '../src/domain/deck-import/html-fields';
import { parseAnkiText } from '../src/domain/deck-import/parse-delimited';
import { writeBenchResult } from './bench-support';
import { scanHtmlQuadratically } from './html-import/quadratic-html-fields';

const sizesKb = [60, 240, 960, 1800];
const unit = '<code>';
const rounds = 3;
/** The previous conversion runs at a size only while its predicted time stays under this. */
const previousBudgetMs = 30_000;

type SizeFigures = {
  kilobytes: number;
  htmlToMarkdownMs: number;
  parseAnkiTextMs: number;
  msPerKb: number;
  previousHtmlToMarkdownMs: number | null;
};

function buildField(kilobytes: number): string {
  return unit.repeat(Math.round((kilobytes * 1000) / unit.length));
}

function timeMedian(run: () => unknown, count: number): number {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const began = performance.now();
    run();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10;
}

/** The previous version's time grows with the square of the size: predict before running. */
function shouldRunPrevious(previous: SizeFigures | undefined, kilobytes: number): boolean {
  if (previous === undefined) return true;
  if (previous.previousHtmlToMarkdownMs === null) return false;
  const predicted = previous.previousHtmlToMarkdownMs * (kilobytes / previous.kilobytes) ** 2;
  return predicted <= previousBudgetMs;
}

export async function runHtmlImportBench(): Promise<Record<string, unknown>> {
  const loadBefore = loadavg();
  const sizes: SizeFigures[] = [];
  for (const kilobytes of sizesKb) {
    const field = buildField(kilobytes);
    const file = `#separator:tab\n#html:true\nWhat does this print?\t${field}\n`;
    const htmlToMarkdownMs = timeMedian(() => htmlToMarkdown(field), rounds);
    const parseAnkiTextMs = timeMedian(() => parseAnkiText(file, 'hostile.txt'), rounds);
    const previousHtmlToMarkdownMs = shouldRunPrevious(sizes.at(-1), kilobytes)
      ? timeMedian(() => scanHtmlQuadratically(field), 1)
      : null;
    sizes.push({
      kilobytes,
      htmlToMarkdownMs,
      parseAnkiTextMs,
      msPerKb: Math.round((parseAnkiTextMs / kilobytes) * 1000) / 1000,
      previousHtmlToMarkdownMs,
    });
  }
  const result = {
    name: 'html-import',
    date: new Date().toISOString(),
    node: process.version,
    input: `one #html:true field of repeated "${unit}" with no closing tag`,
    rounds,
    previousBudgetMs,
    machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() },
    sizes,
  };
  writeBenchResult('html-import', result);
  return result;
}

export function printHtmlImportBench(result: Record<string, unknown>): void {
  const sizes = result.sizes as SizeFigures[];
  console.log('html-import: size, htmlToMarkdown, parseAnkiText, ms per KB, previous version');
  for (const size of sizes) {
    const previous =
      size.previousHtmlToMarkdownMs === null ? 'skipped' : `${size.previousHtmlToMarkdownMs} ms`;
    console.log(
      `  ${String(size.kilobytes).padStart(5)} KB  ${size.htmlToMarkdownMs} ms  ${size.parseAnkiTextMs} ms  ${size.msPerKb}  ${previous}`,
    );
  }
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) printHtmlImportBench(await runHtmlImportBench());
