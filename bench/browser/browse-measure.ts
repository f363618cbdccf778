// Browse at scale, in the page: the engine the search worker runs (src/workers/browse-engine.ts)
// on the seeded database, from a browser just started: the first page without text (and, beside
// it, that page as it was read before version 6: the whole collection first), the first text
// search, the whole index built, then searches on it and a second visit.
import { createBrowseCatalog, withBrowseSchedules } from '../../src/domain/browse/browse-catalog';
import { runBrowseQuery, toBrowsePage } from '../../src/domain/browse/browse-query';
import type { BrowseQuery, BrowseSort } from '../../src/domain/browse/browse-types';
import { emptyBrowseFilter } from '../../src/domain/browse/browse-types';
import { loadBrowseContent, loadBrowseSchedules } from '../../src/storage/browse-repo';
import { createDatabase, type DrillbookDb } from '../../src/storage/db';
import { createBrowseEngine } from '../../src/workers/browse-engine';
import type { EngineStatus } from '../../src/workers/search-messages';
import { measureTextDesigns, type TextDesignFigures } from './browse-text-designs';
import { readHeapMb } from './heap';
import type { Percentiles } from './review-bench-types';
import { summarize } from './stats';

const pageSize = 50;
const relevance: BrowseSort = { key: 'relevance', direction: 'desc' };
const day = 86_400_000;

export type BrowseFigures = {
  cards: number;
  /** From creating the engine on a database just opened to the first page without text. */
  firstPageMs: number;
  /** The same page read as before version 6: every card and schedule row, then the page. */
  firstPageFullReadMs: number;
  /** Then the first text search (it waits for the first 2,000 cards to be indexed). */
  firstTextSearchMs: number;
  /** From creating the engine to the whole collection indexed. */
  indexBuildMs: number;
  /** JS heap (MB, after a full collection) before the engine, at the first page, when indexed. */
  heapMb: { before: number | null; firstPage: number | null; indexed: number | null };
  /** Searches on the whole index, one page each. */
  search: Percentiles;
  searchByKind: Record<string, Percentiles>;
  /** Browse opened again in the same session: the content is unchanged, the index is kept. */
  secondVisitMs: number;
  /** Text search alone, this design and the one before, on the same cards and queries. */
  textDesigns: TextDesignFigures[];
};

export async function measureBrowse(name: string, now: number): Promise<BrowseFigures> {
  const log = (message: string) => console.log(`[browse] ${message}`);
  const db = createDatabase(name);
  const firstPageFullReadMs = await timeFullReadPage(db, now);
  log(`first page reading every card: ${Math.round(firstPageFullReadMs)} ms`);
  const before = readHeapMb();
  let onReady: (at: number) => void = () => {};
  let onFailed: (message: string) => void = () => {};
  const ready = new Promise<number>((resolve, reject) => {
    onReady = resolve;
    onFailed = (message) => reject(new Error(message));
  });
  const began = performance.now();
  const engine = createBrowseEngine(db, (status: EngineStatus) => {
    if (status.phase === 'ready') onReady(performance.now());
    if (status.phase === 'failed') onFailed(status.message);
  });
  const base: BrowseQuery = {
    text: '',
    filter: emptyBrowseFilter,
    sort: relevance,
    now,
    weights: null,
  };
  const first = await engine.searchPage({ query: base, pageIndex: 0, pageSize });
  const firstPageMs = performance.now() - began;
  log(`first page (${first.total} cards) after ${Math.round(firstPageMs)} ms`);
  const firstPage = readHeapMb();
  const textBegan = performance.now();
  await engine.searchPage({ query: { ...base, text: 'cache' }, pageIndex: 0, pageSize });
  const firstTextSearchMs = performance.now() - textBegan;
  const indexBuildMs = (await ready) - began;
  log(`indexed in ${Math.round(indexBuildMs)} ms`);
  const indexed = readHeapMb();
  const samples = new Map<string, number[]>();
  for (const { kind, query } of listQueries(base)) {
    const started = performance.now();
    await engine.searchPage({ query, pageIndex: 0, pageSize });
    const list = samples.get(kind) ?? [];
    list.push(performance.now() - started);
    samples.set(kind, list);
  }
  const visitBegan = performance.now();
  await engine.refresh();
  await engine.searchPage({ query: base, pageIndex: 0, pageSize });
  const secondVisitMs = performance.now() - visitBegan;
  const texts = listQueries(base).flatMap(({ query }) => (query.text === '' ? [] : [query.text]));
  const textDesigns = await measureTextDesigns(db, texts);
  db.close();
  return {
    cards: first.total,
    firstPageMs: round1(firstPageMs),
    firstPageFullReadMs: round1(firstPageFullReadMs),
    firstTextSearchMs: round1(firstTextSearchMs),
    indexBuildMs: Math.round(indexBuildMs),
    heapMb: { before, firstPage, indexed },
    search: summarize([...samples.values()].flat()),
    searchByKind: Object.fromEntries([...samples].map(([kind, list]) => [kind, summarize(list)])),
    secondVisitMs: round1(secondVisitMs),
    textDesigns,
  };
}

async function timeFullReadPage(db: DrillbookDb, now: number): Promise<number> {
  const began = performance.now();
  const [content, schedules] = [await loadBrowseContent(db), await loadBrowseSchedules(db)];
  const catalog = withBrowseSchedules(
    createBrowseCatalog(content),
    schedules.rows,
    schedules.suspendedIds,
  );
  const query: BrowseQuery = {
    text: '',
    filter: emptyBrowseFilter,
    sort: relevance,
    now,
    weights: null,
  };
  toBrowsePage(catalog, runBrowseQuery(catalog, query), query, 0, pageSize);
  return performance.now() - began;
}

/**
 * Searches over the bench deck's small vocabulary, where every word matches many cards: the
 * search bench (`bench/search-bench.ts`) measures realistic text; this checks the same engine
 * in Chromium on the review bench's collection.
 */
function listQueries(base: BrowseQuery): { kind: string; query: BrowseQuery }[] {
  const text = (kind: string, value: string) => ({ kind, query: { ...base, text: value } });
  const words = ['quorum', 'idempotent', 'deadlock', 'gateway', 'cookie', 'rollback'];
  const pairs = ['leader follower', 'circuit breaker', 'garbage collector', 'load balancer'];
  const prefixes = ['idem', 'dead', 'gate', 'roll', 'cons'];
  const filtered = [
    { ...base, text: 'quorum', filter: { ...emptyBrowseFilter, tag: 'databases' } },
    { ...base, filter: { ...emptyBrowseFilter, state: 'review' as const } },
    { ...base, filter: { ...emptyBrowseFilter, dueBefore: base.now + day } },
    { ...base, sort: { key: 'due', direction: 'asc' } satisfies BrowseSort },
    {
      ...base,
      text: 'deadlock',
      sort: { key: 'retrievability', direction: 'asc' } satisfies BrowseSort,
    },
  ];
  const rounds = 3;
  return Array.from({ length: rounds }, () => [
    ...words.map((word) => text('word', word)),
    ...pairs.map((pair) => text('two-words', pair)),
    ...prefixes.map((prefix) => text('prefix', prefix)),
    ...filtered.map((query) => ({ kind: 'filtered', query })),
  ]).flat();
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
