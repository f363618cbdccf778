import type { DeckRow, StoredCard } from '../../domain/card-types';
import { defaultSchedulerSettings } from '../../domain/scheduler/settings';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import { countVisibleCards, listCardsByDeck } from '../../storage/card-repo';
import { type DeckCounts, getDeck, getDeckCounts, listDecks } from '../../storage/deck-repo';
import { getSchedulerSettings } from '../../storage/settings-repo';
import { readClock, readStudyDay } from '../services/clock';
import { getDatabase } from '../services/database';

export type { DeckCounts };
export type DeckOverview = { deck: DeckRow; counts: DeckCounts; cardCount: number };
export type DeckPage = { deck: DeckRow | undefined; cards: StoredCard[] };

/** Every deck with what is left today. */
async function deckOverview(): Promise<DeckOverview[]> {
  const db = getDatabase();
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

/** A deck opened to read through: the deck and its cards, removed ones left out. */
async function deckPage({ deckId }: { deckId: string }): Promise<DeckPage> {
  const db = getDatabase();
  const [deck, cards] = await Promise.all([getDeck(db, deckId), listCardsByDeck(db, deckId)]);
  return { deck, cards: cards.filter((card) => card.status !== 'removed') };
}

async function deckList(): Promise<DeckRow[]> {
  return await listDecks(getDatabase());
}

/** The scheduler settings as stored. */
async function schedulerSettings(): Promise<SchedulerSettings> {
  return await getSchedulerSettings(getDatabase(), defaultSchedulerSettings);
}

export const queries = { deckOverview, deckPage, deckList, schedulerSettings };
export const commands = {};
