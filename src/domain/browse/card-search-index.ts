// Browse's full-text index (docs/architecture.md, "Search"): an inverted index of plain number
// arrays, with BM25+ weights worked out as cards are added. Cards are known by their rank, their
// place in browse order. Searching it is card-search.ts. Pure: the search worker, the in-page
// fallback and the Node benchmark all run this code.
import type { SearchableCard } from './browse-types';
import { tokenizeSearchText, toSearchTerm } from './search-terms';
import {
  addNewTerm,
  createSearchVocabulary,
  type SearchVocabulary,
  sortVocabularyWhenDue,
} from './search-vocabulary';

type Field = 'question' | 'prompt' | 'answer' | 'sections' | 'tags';

type FieldReader = { field: Field; boost: number; read: (card: SearchableCard) => string };

// A word in the question counts three times a word in the sections: the question says what the
// card is about.
const fieldReaders: readonly FieldReader[] = [
  { field: 'question', boost: 3, read: (card) => card.question },
  { field: 'prompt', boost: 1.5, read: (card) => card.prompt ?? '' },
  { field: 'answer', boost: 1.5, read: (card) => card.answer },
  {
    field: 'sections',
    boost: 1,
    read: (card) =>
      card.sections.map((section) => `${section.title}\n${section.markdown}`).join('\n'),
  },
  { field: 'tags', boost: 2, read: (card) => card.tags.join(' ') },
];

// BM25+ (Lv and Zhai, 2011): term frequency saturates at `k1`, a long field counts each word
// less (`b`), and any occurrence counts at least `delta`, so a long field is never worth nothing.
const k1 = 1.2;
const b = 0.7;
const delta = 0.5;

/**
 * A term's postings: rank, weight, rank, weight... in rank order, since cards are added in rank
 * order. The weight is the card's BM25+ term-frequency part summed over its fields with their
 * boosts; the inverse document frequency, which changes as cards are added, is applied at search.
 * A growing array while cards are added; packed into 32-bit floats once all are
 * (`packCardSearchIndex`).
 */
export type Postings = number[] | Float32Array;

// A 32-bit float holds every integer up to 2^24 exactly: the ranks of up to 16 million cards.
const maxPackedRank = 2 ** 24;

export type CardSearchIndex = {
  /** Cards indexed so far: ranks 0 to `documentCount - 1`. */
  documentCount: number;
  postings: Map<string, Postings>;
  /**
   * Each field's average length in terms, measured on a sample of the whole collection before
   * the first card is indexed: a card's weights do not depend on how much was indexed before it.
   */
  averageLength: ReadonlyMap<Field, number>;
  /** Every term, for prefix search. */
  vocabulary: SearchVocabulary;
};

// Enough cards, spread over the collection, to know its average field lengths well.
const lengthSampleSize = 1000;

/** An empty index for these cards (their field lengths set the BM25 length normalization). */
export function createCardSearchIndex(cards: readonly SearchableCard[]): CardSearchIndex {
  const step = Math.max(1, cards.length / lengthSampleSize);
  const sample: SearchableCard[] = [];
  for (let i = 0; i < cards.length; i += step) {
    const card = cards[Math.floor(i)];
    if (card !== undefined) sample.push(card);
  }
  const counts = new Map<string, number>();
  const averageLength = new Map<Field, number>();
  for (const { field, read } of fieldReaders) {
    let total = 0;
    for (const card of sample) total += countTerms(read(card), counts);
    averageLength.set(field, sample.length === 0 ? 0 : total / sample.length);
  }
  return {
    documentCount: 0,
    postings: new Map(),
    averageLength,
    vocabulary: createSearchVocabulary(),
  };
}

/** Counts each term of the text into `counts` (cleared first); returns how many terms it has. */
function countTerms(text: string, counts: Map<string, number>): number {
  counts.clear();
  let total = 0;
  if (text === '') return total;
  for (const word of tokenizeSearchText(text)) {
    const term = toSearchTerm(word);
    if (term === null) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    total += 1;
  }
  return total;
}

/** Adds the next cards, which take ranks from `documentCount` on. */
export function addCardsToIndex(index: CardSearchIndex, cards: readonly SearchableCard[]): void {
  const weights = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const card of cards) {
    weights.clear();
    for (const reader of fieldReaders) weighField(index, reader, card, counts, weights);
    const rank = index.documentCount;
    for (const [term, weight] of weights) {
      const postings = index.postings.get(term);
      if (postings === undefined) {
        index.postings.set(term, [rank, weight]);
        addNewTerm(index.vocabulary, term);
      } else if (Array.isArray(postings)) postings.push(rank, weight);
      else index.postings.set(term, [...postings, rank, weight]);
    }
    index.documentCount += 1;
  }
  sortVocabularyWhenDue(index.vocabulary);
}

function weighField(
  index: CardSearchIndex,
  { field, boost, read }: FieldReader,
  card: SearchableCard,
  counts: Map<string, number>,
  weights: Map<string, number>,
): void {
  const length = countTerms(read(card), counts);
  if (length === 0) return;
  const average = index.averageLength.get(field) ?? 0;
  const relativeLength = average > 0 ? length / average : 1;
  const norm = k1 * (1 - b + b * relativeLength);
  for (const [term, count] of counts) {
    const part = boost * (delta + (count * (k1 + 1)) / (count + norm));
    weights.set(term, (weights.get(term) ?? 0) + part);
  }
}

/**
 * Packs every term's postings into a Float32Array: 8 bytes a posting rather than the 16 or more
 * of a plain array of doubles, which halves the index's heap once every card is in it.
 */
export function packCardSearchIndex(index: CardSearchIndex): void {
  if (index.documentCount > maxPackedRank) return;
  for (const [term, postings] of index.postings) {
    if (Array.isArray(postings)) index.postings.set(term, Float32Array.from(postings));
  }
}

/** How many distinct terms the index holds. */
export function countIndexTerms(index: CardSearchIndex): number {
  return index.postings.size;
}
