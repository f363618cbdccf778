import { isLearning, isReview } from '../card-state';
import type { ScheduleRow } from '../scheduler/types';

/** A deck and how many of its cards the user can see (active or suspended). */
export type DeckCardCount = { deckId: string; title: string; cards: number };

export type ProgressCard = Pick<ScheduleRow, 'deckId' | 'state' | 'scheduledDays'>;

/**
 * Cards by stage: new (never rated, or reset), learning (learning or relearning), young (in
 * review with an interval under 21 days) and mature (21 days or more), as Anki counts them.
 */
export type StageCounts = { new: number; learning: number; young: number; mature: number };

export type DeckProgress = StageCounts & { deckId: string; title: string; cards: number };

export type CollectionProgress = { decks: DeckProgress[]; total: DeckProgress };

const MATURE_DAYS = 21;

/**
 * Progress per deck, in the order of `decks`, and over all of them. `cards` are the schedule
 * rows of the visible cards; a card without a row is new. Rows of unknown decks are ignored.
 */
export function computeDeckProgress(
  decks: readonly DeckCardCount[],
  cards: Iterable<ProgressCard>,
): CollectionProgress {
  const byDeck = new Map(decks.map((deck) => [deck.deckId, emptyStages()]));
  for (const card of cards) {
    const stages = byDeck.get(card.deckId);
    if (stages === undefined) continue;
    if (isLearning(card.state)) stages.learning += 1;
    else if (isReview(card.state) && card.scheduledDays >= MATURE_DAYS) stages.mature += 1;
    else if (isReview(card.state)) stages.young += 1;
  }
  const rows = decks.map((deck) => toProgress(deck, byDeck.get(deck.deckId) ?? emptyStages()));
  const total: DeckProgress = { deckId: '', title: 'All decks', cards: 0, ...emptyStages() };
  for (const row of rows) {
    total.cards += row.cards;
    total.new += row.new;
    total.learning += row.learning;
    total.young += row.young;
    total.mature += row.mature;
  }
  return { decks: rows, total };
}

function toProgress(deck: DeckCardCount, stages: StageCounts): DeckProgress {
  const started = stages.learning + stages.young + stages.mature;
  const waiting = Math.max(0, deck.cards - started);
  return { ...deck, ...stages, new: waiting, cards: waiting + started };
}

function emptyStages(): StageCounts {
  return { new: 0, learning: 0, young: 0, mature: 0 };
}
