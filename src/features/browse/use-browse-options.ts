import type { DeckRow } from '../../domain/card-types';
import { listDecks } from '../../storage/deck-repo';
import { useLiveQuery } from '../../storage/live-query';
import { listCardTags } from '../../storage/quiz-repo';
import { getDatabase } from '../../stores/database';

export type BrowseOptions = { decks: DeckRow[]; tags: string[] };

/** The decks and tags the filters offer; undefined while loading. */
export function useBrowseOptions(): BrowseOptions | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [decks, tags] = await Promise.all([listDecks(db), listCardTags(db)]);
    return { decks, tags };
  }, []);
}
