import { useEffect, useState, useSyncExternalStore } from 'react';
import type { DeckRow } from '../../domain/card-types';
import { defaultSchedulerSettings } from '../../domain/scheduler/settings';
import { countVisibleCards } from '../../storage/card-repo';
import type { DrillbookDb } from '../../storage/db';
import { type DeckCounts, getDeckCounts, listDecks } from '../../storage/deck-repo';
import { createLiveSource, type LiveSource } from '../../storage/live-query';
import { getSchedulerSettings } from '../../storage/settings-repo';
import { readClock, readStudyDay } from '../../stores/clock';
import { getDatabase } from '../../stores/database';

export type DeckOverview = { deck: DeckRow; counts: DeckCounts; cardCount: number };

// Started before the app's first render (see src/app/start-client.tsx), so that the Decks
// screen replaces the prerendered shell with its content, not with a loading message. The
// screen that mounts first goes on with this query rather than reading the overview again.
let primed: LiveSource<DeckOverview[]> | null = null;

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

/** Reads the overview ahead of the first render; the next `useDeckOverview` goes on with it. */
export async function primeDeckOverview(db: DrillbookDb): Promise<void> {
  primed?.stop();
  const source = createLiveSource(() => loadDeckOverview(db), { isStarted: true });
  primed = source;
  await source.ready;
  if (source.readError() !== undefined) {
    source.stop();
    if (primed === source) primed = null;
  }
}

/** The primed query when its first result is in, else a new one. */
function pickSource(): LiveSource<DeckOverview[]> {
  if (primed?.read() !== undefined) return primed;
  return createLiveSource(() => loadDeckOverview(getDatabase()));
}

/** Every deck with what is left today, live across tabs; undefined while loading. */
export function useDeckOverview(): DeckOverview[] | undefined {
  const [source] = useState(pickSource);
  // Only the first screen to mount takes the primed query over: a later one reads afresh.
  useEffect(() => {
    if (primed === source) primed = null;
  }, [source]);
  const overview = useSyncExternalStore(source.subscribe, source.read);
  const failure = source.readError();
  if (failure !== undefined) throw failure;
  return overview;
}
