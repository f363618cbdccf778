import { getSearchClient, type SearchClient } from '../../workers/clients/search-client';
import { getDatabase } from './database';

/**
 * Browse's search engine, in its worker, on the app's database: its status (indexing, ready)
 * for the screen to follow. Searches themselves are the surface's `searchPage` and `resultIds`.
 */
export function getAppSearchClient(): SearchClient {
  return getSearchClient(getDatabase);
}
