import type { BrowsePage, BrowseQuery } from '../../domain/browse/browse-types';

// What the page and the search worker say to each other. Each request carries an id, and its
// answer the same id; status events are the worker's own.

export type SearchRequest = { query: BrowseQuery; pageIndex: number; pageSize: number };

export type EngineStatus =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'indexing'; indexed: number; total: number }
  | { phase: 'ready'; cardCount: number }
  | { phase: 'failed'; message: string };

export type SearchCommand =
  | { type: 'refresh'; id: number }
  | { type: 'page'; id: number; request: SearchRequest }
  | { type: 'ids'; id: number; query: BrowseQuery };

export type SearchEvent =
  | { type: 'status'; status: EngineStatus }
  | { type: 'refreshed'; id: number }
  | { type: 'page'; id: number; page: BrowsePage }
  | { type: 'ids'; id: number; ids: string[] }
  | { type: 'error'; id: number; message: string };
