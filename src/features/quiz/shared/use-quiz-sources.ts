import type { DeckRow, StoredCard } from '../../../domain/card-types';
import { listDecks } from '../../../storage/deck-repo';
import { useLiveQuery } from '../../../storage/live-query';
import { listCardTags, listQuizCards } from '../../../storage/quiz-repo';
import { getDatabase } from '../../../stores/database';

export type QuizSources = { decks: DeckRow[]; tags: string[]; cards: StoredCard[] };

/** What a quiz can be set up from: the decks, the tags, and every active card. Undefined while loading. */
export function useQuizSources(): QuizSources | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [decks, tags, cards] = await Promise.all([
      listDecks(db),
      listCardTags(db),
      listQuizCards(db),
    ]);
    return { decks, tags, cards };
  }, []);
}
