import type { CardDetail } from '../../data/handlers/browse';
import { useQuery } from '../../data/use-query';

/** A card with its schedule and history, kept current; undefined while loading, null if missing. */
export function useCardDetail(cardId: string): CardDetail | null | undefined {
  return useQuery('cardDetail', { cardId });
}
