import {
  type BrowseCatalog,
  createBrowseCatalog,
  indexNextCards,
  isFullyIndexed,
  withBrowseSchedules,
} from '../domain/browse/browse-catalog';
import {
  countPages,
  hasBrowseFilter,
  listMatchIds,
  runBrowseQuery,
  toBrowsePage,
} from '../domain/browse/browse-query';
import type { BrowsePage, BrowseQuery } from '../domain/browse/browse-types';
import { describeError } from '../domain/describe-error';
import { createSerialQueue } from '../domain/serial-queue';
import {
  loadBrowseContent,
  loadBrowseSchedules,
  loadFirstBrowseCards,
  readBrowseContentKey,
} from '../storage/browse-repo';
import type { DrillbookDb } from '../storage/db';
import type { EngineStatus, SearchRequest } from './search-messages';

export type BrowseEngine = {
  /** Re-reads schedules and suspensions; re-reads and re-indexes cards only if content changed. */
  refresh: () => Promise<void>;
  searchPage: (request: SearchRequest) => Promise<BrowsePage>;
  listIds: (query: BrowseQuery) => Promise<string[]>;
};

// Collections this size are indexed before the first text search answers, so it is never
// partial. A page without text needs no index: it does not wait (at 100,000 cards, indexing
// the first 2,000 took longer than the rest of the first page).
const indexedBeforeFirstSearch = 2000;
// Indexing yields this often, so searches asked meanwhile wait no longer than this.
const sliceMs = 40;
const cardsPerStep = 100;

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The catalog over the database: runs in the search worker, or in the page where there are no
 * workers. Operations run one at a time, in the order asked, so a search asked after a refresh
 * sees the refreshed data. Indexing runs between them, a slice at a time: filters work at once,
 * and text search covers more cards until the whole collection is indexed.
 */
export function createBrowseEngine(
  db: DrillbookDb,
  onStatus: (status: EngineStatus) => void,
): BrowseEngine {
  let catalog: BrowseCatalog | null = null;
  /** The data changed since the catalog was read: the next query that needs it reads again. */
  let isStale = false;
  let contentKey: string | null = null;
  let generation = 0;
  const serialize = createSerialQueue().push;

  const reportProgress = (current: BrowseCatalog) =>
    onStatus(
      isFullyIndexed(current)
        ? { phase: 'ready', cardCount: current.cards.length }
        : { phase: 'indexing', indexed: current.index.documentCount, total: current.cards.length },
    );

  const indexSlice = (current: BrowseCatalog) => {
    const until = performance.now() + sliceMs;
    let isDone = false;
    while (!isDone && performance.now() < until) isDone = indexNextCards(current, cardsPerStep);
  };

  const indexInBackground = async (current: BrowseCatalog, ownGeneration: number) => {
    while (ownGeneration === generation && !isFullyIndexed(current)) {
      indexSlice(current);
      reportProgress(current);
      await yieldToEvents();
    }
  };

  const load = async (): Promise<BrowseCatalog> => {
    const key = await readBrowseContentKey(db);
    let current = catalog;
    if (current === null || key !== contentKey) {
      onStatus({ phase: 'loading' });
      current = createBrowseCatalog(await loadBrowseContent(db));
      contentKey = key;
      generation += 1;
      indexInBackground(current, generation).catch((error: unknown) =>
        onStatus({ phase: 'failed', message: describeError(error) }),
      );
    }
    const schedules = await loadBrowseSchedules(db);
    catalog = withBrowseSchedules(current, schedules.rows, schedules.suspendedIds);
    isStale = false;
    reportProgress(catalog);
    return catalog;
  };

  const ready = async (query: BrowseQuery) => {
    const current = catalog !== null && !isStale ? catalog : await load();
    if (hasSearchText(query) && current.index.documentCount < indexedBeforeFirstSearch) {
      indexNextCards(current, indexedBeforeFirstSearch - current.index.documentCount);
    }
    return current;
  };

  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      onStatus({ phase: 'failed', message: describeError(error) });
      throw error;
    }
  };

  const loadInBackground = () =>
    void serialize(() =>
      guard(async () => {
        if (catalog === null || isStale) await load();
      }),
    ).catch(ignore);

  /**
   * Browse's opening page (no text, no filter, browse order) read with an index, before the
   * collection is loaded or read again: at 100,000 cards reading it takes seconds. The read
   * follows at once.
   */
  const answerFirstPage = async (request: SearchRequest): Promise<BrowsePage | null> => {
    if ((catalog !== null && !isStale) || !isOpeningPage(request)) return null;
    const first = await loadFirstBrowseCards(db, request.pageSize);
    if (first === null) return null;
    loadInBackground();
    const preview = withBrowseSchedules(createBrowseCatalog(first), first.rows, first.suspendedIds);
    const page = toBrowsePage(
      preview,
      runBrowseQuery(preview, request.query),
      request.query,
      0,
      request.pageSize,
    );
    return { ...page, total: first.total, pageCount: countPages(first.total, request.pageSize) };
  };

  return {
    // Read lazily: the next query reads what it needs, and Browse's opening page needs little.
    refresh: () =>
      serialize(async () => {
        isStale = catalog !== null;
      }),
    searchPage: (request) =>
      serialize(() =>
        guard(async () => {
          const opening = await answerFirstPage(request);
          if (opening !== null) return opening;
          const current = await ready(request.query);
          const matches = runBrowseQuery(current, request.query);
          return toBrowsePage(current, matches, request.query, request.pageIndex, request.pageSize);
        }),
      ),
    listIds: (query) =>
      serialize(() =>
        guard(async () => {
          const current = await ready(query);
          return listMatchIds(current, runBrowseQuery(current, query));
        }),
      ),
  };
}

const ignore = () => undefined;

function isOpeningPage({ query, pageIndex }: SearchRequest): boolean {
  const isBrowseOrder =
    query.sort.key === 'relevance' || (query.sort.key === 'deck' && query.sort.direction === 'asc');
  return (
    pageIndex === 0 && !hasSearchText(query) && !hasBrowseFilter(query.filter) && isBrowseOrder
  );
}

function hasSearchText(query: BrowseQuery): boolean {
  return query.text.trim() !== '';
}
