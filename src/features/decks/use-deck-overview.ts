import type { DeckRow } from '../../domain/card-types';
import { countVisibleCards } from '../../storage/card-repo';
import { type DeckCounts, getDeckCounts, listDecks } from '../../storage/deck-repo';
import { useLiveQuery } from '../../storage/live-query';
import { readClock, readStudyDay } from '../../stores/clock';
import { getDatabase } from '../../stores/database';
import { useSchedulerSettings } from '../../stores/use-scheduler-settings';

export type DeckOverview = { deck: DeckRow; counts: DeckCounts; cardCount: number };

/** Every deck with what is left today, live across tabs. */
export function useDeckOverview(): DeckOverview[] | undefined {
  const settings = useSchedulerSettings();
  return useLiveQuery(async () => {
    if (!settings) return undefined;
    const db = getDatabase();
    const now = readClock();
    const { dayStart, dayEnd } = readStudyDay(now, settings.dayStartHour);
    const [decks, counts] = await Promise.all([
      listDecks(db),
      getDeckCounts(db, now, dayStart, dayEnd),
    ]);
    const cardCounts = await Promise.all(decks.map((deck) => countVisibleCards(db, deck.id)));
    return decks.map((deck, i) => ({
      deck,
      counts: counts.find((c) => c.deckId === deck.id) ?? {
        deckId: deck.id,
        new: 0,
        learning: 0,
        due: 0,
      },
      cardCount: cardCounts[i] ?? 0,
    }));
  }, [settings]);
}
