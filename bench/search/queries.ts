// About 200 searches a user could type into Browse: single words of every frequency, two words
// from one question, word prefixes as typed, and text with filters and sorts, some without text.
import type { BrowseQuery, BrowseSort, BrowseState } from '../../src/domain/browse/browse-types';
import { emptyBrowseFilter } from '../../src/domain/browse/browse-types';
import { tokenizeSearchText, toSearchTerm } from '../../src/domain/browse/search-terms';
import { pickFrom, type Random } from '../browser/random';
import { type Corpus, questionFrame } from './corpus';

export type QueryKind = 'word' | 'two-words' | 'prefix' | 'filtered';
export type BenchQuery = { kind: QueryKind; query: BrowseQuery };

const relevance: BrowseSort = { key: 'relevance', direction: 'desc' };
const day = 86_400_000;

function searchableWords(words: readonly string[], from: number, to: number): string[] {
  return words.slice(from, to).filter((word) => toSearchTerm(word) !== null);
}

export function buildQueries(corpus: Corpus, random: Random, now: number): BenchQuery[] {
  const { words, tags } = corpus.vocabulary;
  const common = searchableWords(words, 0, 300);
  const medium = searchableWords(words, 300, 5000);
  const rare = searchableWords(words, 5000, words.length);
  const base = { filter: emptyBrowseFilter, sort: relevance, now, weights: null };
  const text = (kind: QueryKind, value: string): BenchQuery => ({
    kind,
    query: { ...base, text: value },
  });

  const singles = [
    ...Array.from({ length: 20 }, () => pickFrom(random, common)),
    ...Array.from({ length: 40 }, () => pickFrom(random, medium)),
    ...Array.from({ length: 20 }, () => pickFrom(random, rare)),
  ].map((word) => text('word', word));

  const questionTerms = (card: Corpus['cards'][number]) =>
    tokenizeSearchText(card.question).filter(
      (w) => w && toSearchTerm(w) !== null && !questionFrame.has(w.toLowerCase()),
    );
  const pairs = Array.from({ length: 40 }, () => {
    let terms: string[] = [];
    while (new Set(terms).size < 2) terms = questionTerms(pickFrom(random, corpus.cards));
    const first = pickFrom(random, terms);
    return text(
      'two-words',
      `${first} ${pickFrom(
        random,
        terms.filter((w) => w !== first),
      )}`,
    );
  });

  const prefixes = Array.from({ length: 40 }, () => {
    const word = pickFrom(random, [...common, ...medium]);
    return text('prefix', word.slice(0, Math.min(word.length, 3 + Math.floor(random() * 3))));
  });

  const states: BrowseState[] = ['new', 'learning', 'review', 'suspended'];
  const sorts: BrowseSort[] = [
    relevance,
    { key: 'due', direction: 'asc' },
    { key: 'retrievability', direction: 'asc' },
    { key: 'question', direction: 'asc' },
    { key: 'difficulty', direction: 'desc' },
  ];
  const filtered = Array.from({ length: 40 }, (_, i): BenchQuery => {
    // One in four has no text: a filter and a sort over the whole collection.
    const value = i % 4 === 0 ? '' : pickFrom(random, medium);
    const filter = {
      ...emptyBrowseFilter,
      tag: i % 2 === 0 ? pickFrom(random, tags) : null,
      state: i % 3 === 0 ? pickFrom(random, states) : null,
      dueBefore: i % 5 === 1 ? now + day : null,
      retrievabilityBelow: i % 5 === 2 ? 0.85 : null,
      deckId: i % 7 === 3 ? (corpus.decks[i % corpus.decks.length]?.id ?? null) : null,
    };
    return {
      kind: 'filtered',
      query: { ...base, text: value, filter, sort: sorts[i % 5] ?? relevance },
    };
  });

  return [...singles, ...pairs, ...prefixes, ...filtered];
}
