import { describe, expect, it } from 'vitest';
import { computeDeckProgress } from '../../../src/domain/stats/deck-progress';

const row = (deckId: string, state: 0 | 1 | 2 | 3, scheduledDays = 0) => ({
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
      row('a', 1),
      row('a', 3),
      row('a', 2, 20), // young: under 21 days
      row('a', 2, 21), // mature: 21 days
      row('a', 0), // reset to new
      row('b', 2, 100),
      row('gone', 2, 100), // a deck not listed
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
