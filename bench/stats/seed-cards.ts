import type { DeckRow } from '../../src/domain/card-types';
import type { DrillbookDb } from '../../src/storage/db';
import { cardCount, deckCount } from './generate-collection';

/** Ten decks of small cards: the stats read only their deck and status indexes. */
export async function seedCards(db: DrillbookDb): Promise<void> {
  const decks: DeckRow[] = Array.from({ length: deckCount }, (_, i) => ({
    id: `deck-${i}`,
    title: `Deck ${i}`,
    description: '',
    tags: [],
    source: 'import',
    fileName: `deck-${i}.md`,
    importedAt: 0,
    contentHash: '',
  }));
  await db.decks.bulkPut(decks);
  const cards = Array.from({ length: cardCount }, (_, card) => ({
    id: `deck-${card % deckCount}/question-${card}`,
    deckId: `deck-${card % deckCount}`,
    number: card,
    question: `Question ${card}?`,
    answer: `Answer ${card}.`,
    sections: [],
    tags: [],
    source: { file: `deck-${card % deckCount}.md`, line: card },
    position: card,
    contentHash: String(card),
    status: card % 100 === 0 ? ('suspended' as const) : ('active' as const),
    previousIds: [],
  }));
  await db.cards.bulkPut(cards);
}
