import { describe, expect, it } from 'vitest';
import { State } from '../../../src/domain/card-state';
import { computeDeckProgress } from '../../../src/domain/stats/deck-progress';

const row = (deckId: string, state: State, scheduledDays = 0) => ({
  deckId,
  state,
  scheduledDays,
});

describe('computeDeckProgress', () => {
  const progress = computeDeckProgress(
    [
      { deckId: 'a', title: 'Alpha', cards: 10 },
      { deckId: 'b', title: 'Beta', cards: 3 },
    ],
    [
      row('a', State.Learning),
      row('a', State.Relearning),
      row('a', State.Review, 20), // young: under 21 days
      row('a', State.Review, 21), // mature: 21 days
      row('a', State.New), // reset to new
      row('b', State.Review, 100),
      row('gone', State.Review, 100), // a deck not listed
    ],
  );

  it('counts new, learning, young and mature cards per deck', () => {
    expect(progress.decks).toEqual([
      { deckId: 'a', title: 'Alpha', cards: 10, new: 6, learning: 2, young: 1, mature: 1 },
      { deckId: 'b', title: 'Beta', cards: 3, new: 2, learning: 0, young: 0, mature: 1 },
    ]);
  });

  it('adds them up over all decks', () => {
    expect(progress.total).toEqual({
      deckId: '',
      title: 'All decks',
      cards: 13,
      new: 8,
      learning: 2,
      young: 1,
      mature: 2,
    });
  });
});
