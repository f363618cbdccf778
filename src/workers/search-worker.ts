// The search worker: reads the cards, builds the full-text index and answers Browse's searches
// off the main thread. Indexing 100,000 cards takes long enough to freeze a page; here it only
// delays the first search. The page starts one worker and keeps it while it stays open.
import { createDatabase } from '../storage/db';
import { createBrowseEngine } from './browse-engine';
import type { EngineStatus, SearchJobMap } from './search-messages';
import { serveJobs } from './transport/job-host';

const host = serveJobs<SearchJobMap, EngineStatus>(globalThis, {
  refresh: async () => {
    await engine.refresh();
    return null;
  },
  page: (request) => engine.searchPage(request),
  ids: (query) => engine.listIds(query),
});

const engine = createBrowseEngine(createDatabase(), host.notify);
