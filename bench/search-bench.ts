// Browse search at scale, in Node: the index build over generated cards of realistic size, then
// about 200 searches through the same code Browse runs (text search, filter, sort, one page of
// 50), against a plain substring scan of the same cards, and the text searches alone against the
// previous design (MiniSearch, `bench/search/minisearch-index.ts`) on the same cards. Run with
// `npx tsx bench/search-bench.ts [--sizes=10000]`; figures go to bench/results/search.json.

import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import {
  createBrowseCatalog,
  indexNextCards,
  withBrowseSchedules,
} from '../src/domain/browse/browse-catalog';
import { runBrowseQuery, toBrowsePage } from '../src/domain/browse/browse-query';
import { searchCardIndex } from '../src/domain/browse/card-search';
import { countIndexTerms } from '../src/domain/browse/card-search-index';
import { writeBenchResult } from './bench-support';
import { createRandom } from './browser/random';
import { summarize } from './browser/stats';
import { type Corpus, generateCorpus } from './search/corpus';
import {
  printSearchBench,
  type SearchBenchResult,
  type SizeFigures,
  target,
} from './search/figures';
import { isHeapExact, readHeapMb, readSearchSizes, time } from './search/measure';
import {
  addCardsToMiniSearch,
  createMiniSearchIndex,
  createMiniSearchScratch,
  searchMiniSearchIndex,
} from './search/minisearch-index';
import { type BenchQuery, buildQueries } from './search/queries';
import { type GeneratedSchedules, generateSchedules } from './search/schedules';
import { scanCards, toScanTexts } from './search/substring-scan';

export { printSearchBench, readSearchSizes };

const pageSize = 50;
const now = Date.UTC(2026, 10, 24, 9);
// The plain scan reads every card's whole text per query: a sample is enough to compare.
const scanSample = 60;

type Collection = {
  corpus: Corpus;
  queries: BenchQuery[];
  schedules: GeneratedSchedules;
  textMb: number;
};

function prepareCollection(size: number): Collection {
  const random = createRandom(size);
  const corpus = generateCorpus(size, random);
  const characters = corpus.cards.reduce(
    (sum, c) =>
      sum +
      c.question.length +
      c.answer.length +
      c.sections.reduce((s, x) => s + x.title.length + x.markdown.length, 0),
    0,
  );
  return {
    corpus,
    queries: buildQueries(corpus, random, now),
    schedules: generateSchedules(corpus.cards, random, now),
    textMb: Math.round(characters / 1e5) / 10,
  };
}

/** Builds the catalog as the search worker does, then lets the cards' full text go as it does. */
function buildCatalog(collection: Collection) {
  const heapBefore = readHeapMb();
  const created = time(() => createBrowseCatalog(collection.corpus));
  const indexed = time(() => indexNextCards(created.result, collection.corpus.cards.length));
  const heapGrowthMb = readHeapMb() - heapBefore;
  const { rows, suspendedIds } = collection.schedules;
  const withRows = time(() => withBrowseSchedules(created.result, rows, suspendedIds));
  collection.corpus.cards.length = 0;
  return { catalog: withRows.result, created, indexed, withRows, heapGrowthMb };
}

/** The previous design on the same cards: its build, heap and text searches alone. */
function measureMiniSearch(collection: Collection): SizeFigures['previousDesign'] {
  const heapBefore = readHeapMb();
  const index = createMiniSearchIndex();
  const { cards } = collection.corpus;
  const built = time(() => addCardsToMiniSearch(index, cards));
  const heapGrowthMb = readHeapMb() - heapBefore;
  const scratch = createMiniSearchScratch(cards.length);
  const texts = collection.queries.filter((q) => q.query.text !== '').map((q) => q.query.text);
  const search = (text: string) => searchMiniSearchIndex(index, text, scratch);
  for (const text of texts.slice(0, 20)) search(text);
  return {
    name: 'MiniSearch',
    indexBuildMs: Math.round(built.ms),
    heapGrowthMb,
    textSearchOnly: summarize(texts.map((text) => time(() => search(text)).ms)),
  };
}

function measureSize(size: number): SizeFigures {
  const collection = prepareCollection(size);
  const { queries } = collection;
  const previousDesign = measureMiniSearch(collection);
  const sample = queries.filter((q) => q.kind !== 'filtered').slice(0, scanSample);
  const scanTexts = toScanTexts(collection.corpus.cards);
  const scan = summarize(sample.map((q) => time(() => scanCards(scanTexts, q.query.text)).ms));
  scanTexts.length = 0;

  const { catalog, created, indexed, withRows, heapGrowthMb } = buildCatalog(collection);
  const run = (q: BenchQuery) =>
    toBrowsePage(catalog, runBrowseQuery(catalog, q.query), q.query, 0, pageSize);
  for (const q of queries.slice(0, 20)) run(q);
  const samples = queries.map((q) => {
    const { result, ms, cpuMs } = time(() => run(q));
    return { kind: q.kind, ms, cpuMs, total: result.total };
  });
  const texts = queries.filter((q) => q.query.text !== '').map((q) => q.query.text);
  for (const text of texts.slice(0, 20)) searchCardIndex(catalog.index, text, catalog.scratch);
  const textOnly = texts.map(
    (text) => time(() => searchCardIndex(catalog.index, text, catalog.scratch)).ms,
  );
  const indexedSample = summarize(sample.map((q) => time(() => run(q)).ms));
  const kinds = [...new Set(samples.map((s) => s.kind))];
  const totals = samples.map((s) => s.total).sort((a, b) => a - b);
  return {
    cards: size,
    textMb: collection.textMb,
    catalogMs: Math.round(created.ms),
    indexBuildMs: Math.round(indexed.ms),
    indexBuildCpuMs: Math.round(indexed.cpuMs),
    indexTerms: countIndexTerms(catalog.index),
    heapGrowthMb,
    schedulesMs: Math.round(withRows.ms),
    query: summarize(samples.map((s) => s.ms)),
    queryCpu: summarize(samples.map((s) => s.cpuMs)),
    queryByKind: Object.fromEntries(
      kinds.map((kind) => [
        kind,
        summarize(samples.filter((s) => s.kind === kind).map((s) => s.ms)),
      ]),
    ),
    queryCpuByKind: Object.fromEntries(
      kinds.map((kind) => [
        kind,
        summarize(samples.filter((s) => s.kind === kind).map((s) => s.cpuMs)),
      ]),
    ),
    textSearchOnly: summarize(textOnly),
    previousDesign,
    medianResults: totals[Math.floor(totals.length / 2)] ?? 0,
    scan,
    indexedOnScanSample: indexedSample,
    scanOverIndexedP50: Math.round((scan.p50 / indexedSample.p50) * 10) / 10,
    scanOverIndexedP95: Math.round((scan.p95 / indexedSample.p95) * 10) / 10,
  };
}

export async function runSearchBench(
  sizes: readonly number[] = readSearchSizes(process.argv.slice(2)),
): Promise<SearchBenchResult> {
  const loadBefore = loadavg();
  const figures: SizeFigures[] = [];
  for (const size of sizes) {
    console.log(`search bench: ${size} cards`);
    figures.push(measureSize(size));
  }
  const atTarget = figures.find((f) => f.cards === target.size);
  const loadAfter = loadavg();
  const result: SearchBenchResult = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverageBefore: loadBefore.map((n) => Math.round(n * 100) / 100),
    loadAverageAfter: loadAfter.map((n) => Math.round(n * 100) / 100),
    heapGrowthIsApproximate: !isHeapExact,
    pageSize,
    target: {
      ...target,
      metWall: atTarget === undefined ? null : atTarget.query.p95 <= target.p95Ms,
      metCpu: atTarget === undefined ? null : atTarget.queryCpu.p95 <= target.p95Ms,
    },
    sizes: figures,
  };
  writeBenchResult('search', result);
  return result;
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) {
  printSearchBench(await runSearchBench());
}
