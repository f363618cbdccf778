import { measureTermRarity, type TermRarity } from '../../../domain/quiz/term-rarity';
import { useLiveQuery } from '../../../storage/live-query';
import { listQuizCards } from '../../../storage/quiz-repo';
import { getDatabase } from '../../../stores/database';

/**
 * How rare each word is among the interview answers of the given decks, which weighs key
 * terms. Undefined while loading: the terms are then weighed within their own card.
 */
export function useTermRarity(deckIds: readonly string[]): TermRarity | undefined {
  const key = [...new Set(deckIds)].sort().join('\n');
  return useLiveQuery(async () => {
    if (key === '') return undefined;
    return measureTermRarity(await listQuizCards(getDatabase(), key.split('\n')));
  }, [key]);
}
