// Searching Browse's full-text index (card-search-index.ts). A search writes its scores into a
// buffer with one slot per card rank, so a word that matches half of 100,000 cards costs one pass
// over its postings rather than a result object per card (docs/architecture.md, "Search").
import type { CardSearchIndex, Postings } from './card-search-index';
import { readSearchTerms, type SearchTerms } from './search-terms';
import { listTermsStartingWith } from './search-vocabulary';

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
  return listTermsStartingWith(index.vocabulary, prefix).flatMap((term) => {
    const postings = index.postings.get(term);
    if (postings === undefined) return [];
    const distance = term.length - prefix.length;
    const factor =
      distance === 0
        ? 1
        : (prefixWeight * term.length) / (term.length + prefixDistanceWeight * distance);
    return [{ postings, factor }];
  });
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
