import { useQuery } from '../../../data/use-query';
import type { TermRarity } from '../../../domain/quiz/term-rarity';

/**
 * How rare each word is among the interview answers of the given decks, which weighs key
 * terms. Undefined while loading: the terms are then weighed within their own card.
 */
export function useTermRarity(deckIds: readonly string[]): TermRarity | undefined {
  return useQuery('termRarity', { deckIds: [...new Set(deckIds)].sort() });
}
