import { compareText } from '../compare-text';
import { toPlainText } from '../quiz/plain-text';
import type { ScheduleRow } from '../scheduler/types';
import type { BrowseCard, SearchableCard } from './browse-types';
import { createSearchScratch, type SearchScratch } from './card-search';
import {
  addCardsToIndex,
  type CardSearchIndex,
  createCardSearchIndex,
  packCardSearchIndex,
} from './card-search-index';

/**
 * Everything browse searches, filters and sorts, with each card known by its rank: its place in
 * browse order (decks in the order given, then file order). Content and index are built once;
 * schedules and suspensions change often and are swapped in without touching the index.
 *
 * The index fills in rank order, a slice at a time (`indexNextCards`), so filters and sorting
 * work at once and text search covers the first `index.documentCount` cards until it is done.
 * Every copy of a catalog shares the same index and the same indexing queue.
 */
export type BrowseCatalog = {
  index: CardSearchIndex;
  /** The cards still to index, in rank order; emptied when indexing is done. */
  indexing: { pending: readonly SearchableCard[] };
  cards: readonly BrowseCard[];
  rankById: ReadonlyMap<string, number>;
  /** Each rank's place in question order, worked out on first use (see `readQuestionRank`). */
  questionOrder: { rank: Int32Array | null };
  /** Each rank's schedule row; null while the card has never been rated. */
  schedules: readonly (ScheduleRow | null)[];
  isSuspended: Uint8Array;
  /** Reused by every search of this catalog and its copies (searches run one at a time). */
  scratch: CatalogScratch;
};

export type CatalogScratch = SearchScratch & { decisions: Uint8Array };

export type DeckTitle = { id: string; title: string };

export type BrowseContent = {
  /** Decks in display order; cards of a deck not listed come last. */
  decks: readonly DeckTitle[];
  cards: readonly SearchableCard[];
};

const questionCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A catalog with nothing indexed yet: index it with `indexNextCards` (or use `buildBrowseCatalog`). */
export function createBrowseCatalog(content: BrowseContent): BrowseCatalog {
  const ordered = orderCards(content);
  const titles = new Map(content.decks.map((deck) => [deck.id, deck.title]));
  const cards = ordered.map((card) => toBrowseCard(card, titles.get(card.deckId) ?? card.deckId));
  return {
    index: createCardSearchIndex(ordered),
    indexing: { pending: ordered },
    cards,
    rankById: new Map(cards.map((card, rank) => [card.id, rank])),
    questionOrder: { rank: null },
    scratch: { ...createSearchScratch(cards.length), decisions: new Uint8Array(cards.length) },
    schedules: cards.map(() => null),
    isSuspended: new Uint8Array(cards.length),
  };
}

/** Indexes up to `count` more cards; true once every card is indexed. */
export function indexNextCards(catalog: BrowseCatalog, count: number): boolean {
  const { index, indexing } = catalog;
  const start = index.documentCount;
  addCardsToIndex(index, indexing.pending.slice(start, start + count));
  if (index.documentCount >= indexing.pending.length && indexing.pending.length > 0) {
    // The full text is only needed until it is indexed: let it go.
    indexing.pending = [];
    packCardSearchIndex(index);
  }
  return isFullyIndexed(catalog);
}

export function isFullyIndexed(catalog: BrowseCatalog): boolean {
  return catalog.index.documentCount >= catalog.cards.length;
}

/** A catalog with every card indexed, in one go. */
export function buildBrowseCatalog(content: BrowseContent): BrowseCatalog {
  const catalog = createBrowseCatalog(content);
  indexNextCards(catalog, catalog.cards.length);
  return catalog;
}

/** The catalog with these schedule rows and suspended cards; rows of unknown cards are ignored. */
export function withBrowseSchedules(
  catalog: BrowseCatalog,
  rows: readonly ScheduleRow[],
  suspendedIds: Iterable<string>,
): BrowseCatalog {
  const schedules: (ScheduleRow | null)[] = catalog.cards.map(() => null);
  for (const row of rows) {
    const rank = catalog.rankById.get(row.cardId);
    if (rank !== undefined) schedules[rank] = row;
  }
  const isSuspended = new Uint8Array(catalog.cards.length);
  for (const id of suspendedIds) {
    const rank = catalog.rankById.get(id);
    if (rank !== undefined) isSuspended[rank] = 1;
  }
  return { ...catalog, schedules, isSuspended };
}

function orderCards(content: BrowseContent): SearchableCard[] {
  const deckOrder = new Map(content.decks.map((deck, i) => [deck.id, i]));
  const last = content.decks.length;
  return [...content.cards].sort(
    (a, b) =>
      (deckOrder.get(a.deckId) ?? last) - (deckOrder.get(b.deckId) ?? last) ||
      compareText(a.deckId, b.deckId) ||
      a.position - b.position ||
      compareText(a.id, b.id),
  );
}

function toBrowseCard(card: SearchableCard, deckTitle: string): BrowseCard {
  return {
    id: card.id,
    deckId: card.deckId,
    deckTitle,
    number: card.number,
    question: card.question,
    promptExcerpt: toPromptExcerpt(card.prompt),
    tags: card.tags,
  };
}

// A result line shows this much of a prompt; only the start is read, so a huge prompt costs
// no more than a short one.
const maxExcerptChars = 120;
const maxExcerptSourceChars = 4 * maxExcerptChars;

/** The start of a prompt as one line of plain text, cut with an ellipsis; "" when there is none. */
export function toPromptExcerpt(prompt: string | undefined): string {
  if (prompt === undefined || prompt.trim() === '') return '';
  const text = toPlainText(prompt.slice(0, maxExcerptSourceChars));
  const isCut = text.length > maxExcerptChars || prompt.length > maxExcerptSourceChars;
  return isCut ? `${text.slice(0, maxExcerptChars - 1).trimEnd()}…` : text;
}

/**
 * Each rank's place when cards are ordered by question. Collating 100,000 questions takes a
 * second or more, so it waits until someone sorts by question, and is then kept.
 */
export function readQuestionRank(catalog: BrowseCatalog): Int32Array {
  catalog.questionOrder.rank ??= rankByQuestion(catalog.cards);
  return catalog.questionOrder.rank;
}

function rankByQuestion(cards: readonly BrowseCard[]): Int32Array {
  const order = cards.map((_, rank) => rank);
  order.sort(
    (a, b) => questionCollator.compare(cards[a]?.question ?? '', cards[b]?.question ?? '') || a - b,
  );
  const questionRank = new Int32Array(cards.length);
  order.forEach((rank, place) => {
    questionRank[rank] = place;
  });
  return questionRank;
}
