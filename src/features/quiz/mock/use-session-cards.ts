import type { StoredCard } from '../../../domain/card-types';
import type { MockSession } from '../../../domain/quiz/mock-session';
import { useLiveQuery } from '../../../storage/live-query';
import { getCardsById } from '../../../storage/quiz-repo';
import { getDatabase } from '../../../stores/database';

/** The cards a session asks about, by id, whatever their status now. Undefined while loading. */
export function useSessionCards(session: MockSession | null): Map<string, StoredCard> | undefined {
  const ids = session?.answers.map((answer) => answer.cardId).join('\n') ?? '';
  return useLiveQuery(() => getCardsById(getDatabase(), ids ? ids.split('\n') : []), [ids]);
}
