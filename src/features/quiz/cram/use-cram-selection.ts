import type { StoredCard } from '../../../domain/card-types';
import { useLiveQuery } from '../../../storage/live-query';
import { getCardsById } from '../../../storage/quiz-repo';
import { useAppStore } from '../../../stores/app-store';
import { getDatabase } from '../../../stores/database';

/**
 * The cards another screen chose for cramming (a Browse result), in its order. Null when there is
 * no such selection (or `isWanted` is false); undefined while loading. Cards deleted since are left out.
 */
export function useCramSelection(isWanted: boolean): StoredCard[] | null | undefined {
  const ids = useAppStore((s) => s.cramCardIds);
  const wanted = isWanted ? ids : null;
  const cards = useLiveQuery(async () => {
    if (wanted === null) return null;
    const byId = await getCardsById(getDatabase(), wanted);
    return wanted.flatMap((id) => byId.get(id) ?? []);
  }, [wanted]);
  return wanted === null ? null : cards;
}
