import { getDatabase } from '../../data/services/database';
import type { BrowsePage, BrowseQuery } from '../../domain/browse/browse-types';
import type { BrowseEngine } from './browse-engine';
import type { EngineStatus, SearchCommand, SearchEvent, SearchRequest } from './search-messages';

export type SearchClient = {
  refresh: () => Promise<void>;
  searchPage: (request: SearchRequest) => Promise<BrowsePage>;
  listIds: (query: BrowseQuery) => Promise<string[]>;
  readStatus: () => EngineStatus;
  subscribe: (listener: () => void) => () => void;
};

type Pending = { resolve: (event: SearchEvent) => void; reject: (error: Error) => void };

function createStatusHub() {
  let status: EngineStatus = { phase: 'idle' };
  const listeners = new Set<() => void>();
  return {
    readStatus: () => status,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish: (next: EngineStatus) => {
      status = next;
      for (const listener of listeners) listener();
    },
  };
}

function failUnexpected(event: SearchEvent, expected: SearchEvent['type']): never {
  throw new Error(`The search worker answered ${event.type}, not ${expected}`);
}

/** Searches in a Web Worker, which indexes the cards itself from IndexedDB. */
function createWorkerClient(): SearchClient {
  const hub = createStatusHub();
  const worker = new Worker(new URL('../../workers/search-worker.ts', import.meta.url), {
    type: 'module',
  });
  const pending = new Map<number, Pending>();
  let nextId = 1;

  worker.addEventListener('message', (message: MessageEvent<SearchEvent>) => {
    const event = message.data;
    if (event.type === 'status') return hub.publish(event.status);
    const waiting = pending.get(event.id);
    pending.delete(event.id);
    if (event.type === 'error') waiting?.reject(new Error(event.message));
    else waiting?.resolve(event);
  });
  worker.addEventListener('error', (event) => {
    const message = event.message || 'the search worker stopped';
    hub.publish({ phase: 'failed', message });
    for (const waiting of pending.values()) waiting.reject(new Error(message));
    pending.clear();
  });

  const ask = (command: SearchCommand) =>
    new Promise<SearchEvent>((resolve, reject) => {
      pending.set(command.id, { resolve, reject });
      worker.postMessage(command);
    });

  return {
    refresh: async () => {
      const event = await ask({ type: 'refresh', id: nextId++ });
      if (event.type !== 'refreshed') failUnexpected(event, 'refreshed');
    },
    searchPage: async (request) => {
      const event = await ask({ type: 'page', id: nextId++, request });
      return event.type === 'page' ? event.page : failUnexpected(event, 'page');
    },
    listIds: async (query) => {
      const event = await ask({ type: 'ids', id: nextId++, query });
      return event.type === 'ids' ? event.ids : failUnexpected(event, 'ids');
    },
    readStatus: hub.readStatus,
    subscribe: hub.subscribe,
  };
}

/** Searches in the page (no Web Workers here): same engine, on the app's own database. */
function createInPageClient(): SearchClient {
  const hub = createStatusHub();
  let bound: { db: ReturnType<typeof getDatabase>; engine: Promise<BrowseEngine> } | null = null;
  const engine = () => {
    const db = getDatabase();
    if (bound === null || bound.db !== db) {
      const loading = import('./browse-engine').then((m) => m.createBrowseEngine(db, hub.publish));
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

/** The page's one search client; the index it builds is kept for as long as the page is open. */
export function getSearchClient(): SearchClient {
  client ??= typeof Worker === 'function' ? createWorkerClient() : createInPageClient();
  return client;
}
