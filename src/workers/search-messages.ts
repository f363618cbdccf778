import type { BrowsePage, BrowseQuery } from '../domain/browse/browse-types';
import type { JobSpec } from './transport/job-messages';

// The search worker's jobs (see transport/job-messages.ts). The index's status is the worker's
// own notice: it changes while indexing, between requests.

export type SearchRequest = { query: BrowseQuery; pageIndex: number; pageSize: number };

export type EngineStatus =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'indexing'; indexed: number; total: number }
  | { phase: 'ready'; cardCount: number }
  | { phase: 'failed'; message: string };

export type SearchJobMap = {
  refresh: JobSpec<null, never, null>;
  page: JobSpec<SearchRequest, never, BrowsePage>;
  ids: JobSpec<BrowseQuery, never, string[]>;
};
