// Full-text search over cards: an inverted index of plain number arrays, scored with BM25+.
// Cards are known by their rank (their place in browse order), and a search writes its scores
// into a buffer with one slot per rank, so a word that matches half of 100,000 cards costs one
// pass over its postings rather than a result object per card (docs/architecture.md, "Search").
// Pure: the search worker, the in-page fallback and the Node benchmark all run this code.
import type { SearchableCard } from './browse-types';
import {
  readSearchTerms,
  type SearchTerms,
  tokenizeSearchText,
  toSearchTerm,
} from './search-terms';

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
 * Every word of the query must match; the last one also as the start of a longer word, from
 * four letters on. A three-letter start ("con", "pro") expands to hundreds of terms and, at
 * 100,000 cards, to tens of thousands of matches.
 */
const minPrefixLength = 4;
// A longer word found by its start counts less than the word itself, the more so the longer it is.
const prefixWeight = 0.375;
const prefixDistanceWeight = 0.3;
// Each query word is one step of a per-card counter of one byte.
const maxQueryTerms = 250;

/**
 * A term's postings: rank, weight, rank, weight... in rank order, since cards are added in rank
 * order. The weight is the card's BM25+ term-frequency part summed over its fields with their
 * boosts; the inverse document frequency, which changes as cards are added, is applied at search.
 * A growing array while cards are added; packed into 32-bit floats once all are
 * (`packCardSearchIndex`).
 */
type Postings = number[] | Float32Array;

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
  /** The terms in code-unit order, for prefix search, and the terms added since that sort. */
  vocabulary: { sorted: string[]; unsorted: string[] };
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
    vocabulary: { sorted: [], unsorted: [] },
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
        index.vocabulary.unsorted.push(term);
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

// New terms wait in a short unsorted list, scanned at each prefix search, and are merged once
// it grows past an eighth of the sorted list: the sorting then costs O(n log n) a few times over.
const minUnsortedToMerge = 1000;

function sortVocabularyWhenDue(vocabulary: CardSearchIndex['vocabulary']): void {
  const { sorted, unsorted } = vocabulary;
  if (unsorted.length < Math.max(minUnsortedToMerge, sorted.length / 8)) return;
  vocabulary.sorted = [...sorted, ...unsorted].sort(compareCodeUnits);
  vocabulary.unsorted = [];
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

/**
 * Work buffers with one slot per card, reused from one search to the next: allocating them per
 * search at 100,000 cards kept the garbage collector busy.
 */
export type SearchScratch = { scores: Float64Array; hits: Uint8Array };

export function createSearchScratch(cardCount: number): SearchScratch {
  return { scores: new Float64Array(cardCount), hits: new Uint8Array(cardCount) };
}

export type TextMatches = {
  /**
   * Each rank's score, above 0 for the cards matching, 0 for the others; null when the text
   * has no searchable word. It is the scratch buffer: read it before the next search.
   */
  scores: Float64Array | null;
  ignoredWords: string[];
};

type TermMatch = { postings: Postings; factor: number };

/**
 * The cards matching every word of the text (the last one also as a prefix), by rank. Words are
 * taken rarest first, and each pass counts only the cards every earlier word matched; `isWanted`
 * leaves cards out at the end.
 */
export function searchCardIndex(
  index: CardSearchIndex,
  text: string,
  scratch: SearchScratch,
  isWanted?: (rank: number) => boolean,
): TextMatches {
  const { terms, ignoredWords }: SearchTerms = readSearchTerms(text);
  if (terms.length === 0) return { scores: null, ignoredWords };
  const { scores, hits } = scratch;
  scores.fill(0);
  hits.fill(0);
  const steps = listSteps(index, terms);
  let step = 0;
  for (const matches of steps) {
    if (!countStep(index, matches, step, scratch)) break;
    step += 1;
  }
  for (let rank = 0; rank < scores.length; rank += 1) {
    if (hits[rank] !== steps.length || (isWanted !== undefined && !isWanted(rank)))
      scores[rank] = 0;
  }
  return { scores, ignoredWords };
}

/** Each query word's matching terms, the words with the fewest postings first. */
function listSteps(index: CardSearchIndex, terms: readonly string[]): TermMatch[][] {
  const last = terms.at(-1) ?? '';
  // An earlier word equal to the last one stays: it must match whole, the last one only starts.
  const exact = [...new Set(terms.slice(0, -1))];
  const words = [...exact.slice(0, maxQueryTerms - 1), last];
  const steps = words.map((term, i) =>
    i === words.length - 1 && term.length >= minPrefixLength
      ? expandPrefix(index, term)
      : readExact(index, term),
  );
  return steps.sort((a, b) => countPostings(a) - countPostings(b));
}

function readExact(index: CardSearchIndex, term: string): TermMatch[] {
  const postings = index.postings.get(term);
  return postings === undefined ? [] : [{ postings, factor: 1 }];
}

function expandPrefix(index: CardSearchIndex, prefix: string): TermMatch[] {
  const matches: TermMatch[] = [];
  const add = (term: string) => {
    const postings = index.postings.get(term);
    if (postings === undefined) return;
    const distance = term.length - prefix.length;
    const factor =
      distance === 0
        ? 1
        : (prefixWeight * term.length) / (term.length + prefixDistanceWeight * distance);
    matches.push({ postings, factor });
  };
  const { sorted, unsorted } = index.vocabulary;
  for (let i = findFirstAtOrAfter(sorted, prefix); i < sorted.length; i += 1) {
    const term = sorted[i] ?? '';
    if (!term.startsWith(prefix)) break;
    add(term);
  }
  for (const term of unsorted) if (term.startsWith(prefix)) add(term);
  return matches;
}

function findFirstAtOrAfter(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function countPostings(matches: readonly TermMatch[]): number {
  let total = 0;
  for (const { postings } of matches) total += postings.length;
  return total;
}

/**
 * Adds this word's score to every card that matched each word before it (`hits` equals `step`)
 * and moves their count on; a card found again under another term of the same prefix only
 * adds its score. False when no card is left.
 */
function countStep(
  index: CardSearchIndex,
  matches: readonly TermMatch[],
  step: number,
  { scores, hits }: SearchScratch,
): boolean {
  let isAnyLeft = false;
  for (const { postings, factor } of matches) {
    const weight = factor * inverseDocumentFrequency(index.documentCount, postings.length / 2);
    for (let i = 0; i < postings.length; i += 2) {
      const rank = postings[i] ?? 0;
      const count = hits[rank];
      if (count !== step && count !== step + 1) continue;
      hits[rank] = step + 1;
      scores[rank] = (scores[rank] ?? 0) + weight * (postings[i + 1] ?? 0);
      isAnyLeft = true;
    }
  }
  return isAnyLeft;
}

function inverseDocumentFrequency(documentCount: number, matchingCount: number): number {
  return Math.log(1 + (documentCount - matchingCount + 0.5) / (matchingCount + 0.5));
}
