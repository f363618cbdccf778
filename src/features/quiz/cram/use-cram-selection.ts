import { useQuery } from '../../../data/use-query';
import type { StoredCard } from '../../../domain/card-types';
import { useAppStore } from '../../../stores/app-store';

/**
 * The cards another screen chose for cramming (a Browse result), in its order. Null when there is
 * no such selection (or `isWanted` is false); undefined while loading. Cards deleted since are left out.
 */
export function useCramSelection(isWanted: boolean): StoredCard[] | null | undefined {
  const ids = useAppStore((s) => s.cramCardIds);
  const wanted = isWanted ? ids : null;
  const cards = useQuery('cramCards', { cardIds: wanted ?? [] });
  return wanted === null ? null : cards;
}
