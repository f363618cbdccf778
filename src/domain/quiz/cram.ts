import type { CompiledCard } from '../card-types';
import { type RandomSource, shuffle } from './random';

export type CramOrder = 'in-order' | 'shuffled';

export type CramFilter = {
  /** Null: every deck. */
  deckId: string | null;
  /** Null: any tag. */
  tag: string | null;
  /** Matched, ignoring case, against question, answer and tags; empty matches everything. */
  search: string;
  order: CramOrder;
};

export type CramCard = Pick<CompiledCard, 'deckId' | 'question' | 'answer' | 'tags'>;

/** The cards to cram, in the order given (deck, then file order) or shuffled. */
export function selectCramCards<C extends CramCard>(
  cards: readonly C[],
  filter: CramFilter,
  random: RandomSource,
): C[] {
  const needle = filter.search.trim().toLowerCase();
  const chosen = cards.filter(
    (card) =>
      (filter.deckId === null || card.deckId === filter.deckId) &&
      (filter.tag === null || card.tags.includes(filter.tag)) &&
      (needle === '' || matchesSearch(card, needle)),
  );
  return filter.order === 'shuffled' ? shuffle(chosen, random) : chosen;
}

function matchesSearch(card: CramCard, needle: string): boolean {
  return [card.question, card.answer, ...card.tags].some((text) =>
    text.toLowerCase().includes(needle),
  );
}
