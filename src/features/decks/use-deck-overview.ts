import type { DeckRow } from '../../domain/card-types';
import { defaultSchedulerSettings } from '../../domain/scheduler/settings';
import { countVisibleCards } from '../../storage/card-repo';
import type { DrillbookDb } from '../../storage/db';
import { type DeckCounts, getDeckCounts, listDecks } from '../../storage/deck-repo';
import { useLiveQuery } from '../../storage/live-query';
import { getSchedulerSettings } from '../../storage/settings-repo';
import { readClock, readStudyDay } from '../../stores/clock';
import { getDatabase } from '../../stores/database';

export type DeckOverview = { deck: DeckRow; counts: DeckCounts; cardCount: number };

// Read once before the app's first render (see src/app/start-client.tsx), so that the Decks
// screen replaces the prerendered shell with its content, not with a loading message. The
// live query's first result supersedes it.
let primedOverview: DeckOverview[] | undefined;

/** Every deck with what is left today, read from the database. */
export async function loadDeckOverview(db: DrillbookDb): Promise<DeckOverview[]> {
  const settings = await getSchedulerSettings(db, defaultSchedulerSettings);
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
}

/** Reads the overview ahead of the first render; the next `useDeckOverview` starts from it. */
export async function primeDeckOverview(db: DrillbookDb): Promise<void> {
  primedOverview = await loadDeckOverview(db);
}

/** Every deck with what is left today, live across tabs; undefined while loading. */
export function useDeckOverview(): DeckOverview[] | undefined {
  return useLiveQuery(
    async () => {
      const overview = await loadDeckOverview(getDatabase());
      primedOverview = undefined;
      return overview;
    },
    [],
    primedOverview,
  );
}
