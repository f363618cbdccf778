import { useEffect, useState } from 'react';
import { describeStorageError } from '../../../data/services/errors';
import { send } from '../../../data/surface';
import type { StoredCard } from '../../../domain/card-types';
import { type ChoiceEntry, prepareChoiceEntries } from '../../../domain/quiz/choice';
import { useAppStore } from '../../../stores/app-store';

/**
 * The deck's cards, read once: a live query would reshuffle the quiz under the user
 * whenever a card changed in another tab. Undefined while loading.
 */
export function useChoiceDeck(deckId: string): ChoiceEntry<StoredCard>[] | undefined {
  const [entries, setEntries] = useState<{ deckId: string; list: ChoiceEntry<StoredCard>[] }>();

  useEffect(() => {
    let isCurrent = true;
    send('quizCards', { deckIds: [deckId] })
      .then((cards) => {
        if (isCurrent) setEntries({ deckId, list: prepareChoiceEntries(cards) });
      })
      .catch((error: unknown) => useAppStore.getState().showAlert(describeStorageError(error)));
    return () => {
      isCurrent = false;
    };
  }, [deckId]);

  return entries?.deckId === deckId ? entries.list : undefined;
}
