import { useQuery } from '../../../data/use-query';
import type { StoredCard } from '../../../domain/card-types';
import type { MockSession } from '../../../domain/quiz/mock-session';

/** The cards a session asks about, by id, whatever their status now. Undefined while loading. */
export function useSessionCards(session: MockSession | null): Map<string, StoredCard> | undefined {
  const cardIds = session?.answers.map((answer) => answer.cardId) ?? [];
  return useQuery('cardsById', { cardIds });
}
