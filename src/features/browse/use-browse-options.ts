import type { BrowseOptions } from '../../data/handlers/browse';
import { useQuery } from '../../data/use-query';

export type { BrowseOptions };

/** The decks and tags the filters offer; undefined while loading. */
export function useBrowseOptions(): BrowseOptions | undefined {
  return useQuery('browseOptions');
}
