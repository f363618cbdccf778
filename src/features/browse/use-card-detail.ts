import { type CardDetail, loadCardDetail } from '../../storage/browse-repo';
import { useLiveQuery } from '../../storage/live-query';
import { getDatabase } from '../../stores/database';

/** A card with its schedule and history, kept current; undefined while loading, null if missing. */
export function useCardDetail(cardId: string): CardDetail | null | undefined {
  return useLiveQuery(() => loadCardDetail(getDatabase(), cardId), [cardId]);
}
