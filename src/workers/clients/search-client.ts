import type { BrowsePage, BrowseQuery } from '../../domain/browse/browse-types';
import { createExternalValue, type Subscribe } from '../../domain/hub';
import type { DrillbookDb } from '../../storage/db';
import type { BrowseEngine } from '../browse-engine';
import type { EngineStatus, SearchJobMap, SearchRequest } from '../search-messages';
import { connectWorker } from '../transport/job-client';

export type SearchClient = {
  refresh: () => Promise<void>;
  searchPage: (request: SearchRequest) => Promise<BrowsePage>;
  listIds: (query: BrowseQuery) => Promise<string[]>;
  readStatus: () => EngineStatus;
  subscribe: Subscribe;
};

function createStatusHub() {
  const status = createExternalValue<EngineStatus>({ phase: 'idle' });
  return { readStatus: status.get, subscribe: status.subscribe, publish: status.set };
}

/** Searches in a Web Worker, which indexes the cards itself from IndexedDB. */
function createWorkerClient(): SearchClient {
  const hub = createStatusHub();
  const worker = new Worker(new URL('../search-worker.ts', import.meta.url), { type: 'module' });
  const jobs = connectWorker<SearchJobMap, EngineStatus>(worker, {
    onNotice: hub.publish,
    crashMessage: 'the search worker stopped',
    onCrash: (message) => hub.publish({ phase: 'failed', message }),
  });
  return {
    refresh: async () => {
      await jobs.start('refresh', null).done;
    },
    searchPage: (request) => jobs.start('page', request).done,
    listIds: (query) => jobs.start('ids', query).done,
    readStatus: hub.readStatus,
    subscribe: hub.subscribe,
  };
}

/** Searches in the page (no Web Workers here): same engine, on the app's own database. */
function createInPageClient(readDatabase: () => DrillbookDb): SearchClient {
  const hub = createStatusHub();
  let bound: { db: DrillbookDb; engine: Promise<BrowseEngine> } | null = null;
  const engine = () => {
    const db = readDatabase();
    if (bound === null || bound.db !== db) {
      const loading = import('../browse-engine').then((m) => m.createBrowseEngine(db, hub.publish));
      bound = { db, engine: loading };
    }
    return bound.engine;
  };
  return {
    refresh: async () => (await engine()).refresh(),
    searchPage: async (request) => (await engine()).searchPage(request),
    listIds: async (query) => (await engine()).listIds(query),
    readStatus: hub.readStatus,
    subscribe: hub.subscribe,
  };
}

let client: SearchClient | null = null;

/**
 * The page's one search client; the index it builds is kept for as long as the page is open.
 * `readDatabase` is the app's database, which the search reads in the page where there are no
 * workers.
 */
export function getSearchClient(readDatabase: () => DrillbookDb): SearchClient {
  client ??= typeof Worker === 'function' ? createWorkerClient() : createInPageClient(readDatabase);
  return client;
}
