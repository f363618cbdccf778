import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchableCard } from '../../../src/domain/browse/browse-types';
import { createSearchScratch, searchCardIndex } from '../../../src/domain/browse/card-search';
import {
  addCardsToIndex,
  countIndexTerms,
  createCardSearchIndex,
  packCardSearchIndex,
} from '../../../src/domain/browse/card-search-index';
import {
  readSearchTerms,
  tokenizeSearchText,
  toSearchTerm,
} from '../../../src/domain/browse/search-terms';
import { makeCard } from './browse-fixtures';

// Words that share starts ("cache", "cached", "caches"), an accent, capitals and stop words, so
// that prefixes, folding and ignored words all come up.
const vocabulary = [
  'cache',
  'cached',
  'caches',
  'Caching',
  'café',
  'cafe',
  'heap',
  'heaps',
  'quorum',
  'Quorums',
  'idempotent',
  'the',
  'what',
  'is',
  'retry',
  'retries',
];

const text = fc
  .array(fc.constantFrom(...vocabulary), { maxLength: 8 })
  .map((words) => words.join(' '));

type Drawn = { question: string; prompt?: string; answer: string; section: string; tags: string[] };

const cardArbitrary: fc.Arbitrary<Drawn> = fc.record({
  question: text,
  prompt: fc.option(text, { nil: undefined }),
  answer: text,
  section: text,
  tags: fc.array(fc.constantFrom('cache', 'heap', 'quorum', 'retry'), { maxLength: 2 }),
});

function toCards(drawn: readonly Drawn[]): SearchableCard[] {
  return drawn.map((card, i) =>
    makeCard(`deck/c${i}`, {
      deckId: 'deck',
      position: i,
      question: card.question,
      prompt: card.prompt,
      answer: card.answer,
      sections: [{ title: 'Notes', markdown: card.section }],
      tags: card.tags,
    }),
  );
}

function readCardTerms(card: SearchableCard): Set<string> {
  const texts = [
    card.question,
    card.prompt ?? '',
    card.answer,
    ...card.sections.map((s) => `${s.title}\n${s.markdown}`),
    card.tags.join(' '),
  ];
  const terms = new Set<string>();
  for (const word of texts.flatMap(tokenizeSearchText)) {
    const term = toSearchTerm(word);
    if (term !== null) terms.add(term);
  }
  return terms;
}

/** What a search must find, worked out the slow way: every word, the last one also as a start. */
function matchByScan(cards: readonly SearchableCard[], query: string): number[] | null {
  const { terms } = readSearchTerms(query);
  if (terms.length === 0) return null;
  const last = terms.length - 1;
  return cards.flatMap((card, rank) => {
    const cardTerms = [...readCardTerms(card)];
    const isMatch = terms.every((term, i) =>
      i === last && term.length >= 4
        ? cardTerms.some((cardTerm) => cardTerm.startsWith(term))
        : cardTerms.includes(term),
    );
    return isMatch ? [rank] : [];
  });
}

function search(
  cards: readonly SearchableCard[],
  sliceSize: number,
  query: string,
  packAfter: number | null = null,
) {
  const index = createCardSearchIndex(cards);
  for (let start = 0; start < cards.length; start += sliceSize) {
    if (packAfter !== null && start >= packAfter) packCardSearchIndex(index);
    addCardsToIndex(index, cards.slice(start, start + sliceSize));
  }
  if (packAfter !== null) packCardSearchIndex(index);
  const scratch = createSearchScratch(cards.length);
  const { scores } = searchCardIndex(index, query, scratch);
  return scores === null ? null : [...scores];
}

function toMatchedRanks(scores: readonly number[] | null): number[] | null {
  return scores === null ? null : scores.flatMap((score, rank) => (score > 0 ? [rank] : []));
}

describe('card search index', () => {
  it('finds exactly the cards holding every word, the last one also as the start of a word', () => {
    fc.assert(
      fc.property(
        fc.array(cardArbitrary, { minLength: 1, maxLength: 25 }),
        fc.array(fc.constantFrom(...vocabulary, 'cach', 'quor', 'idem', 'retr', 'hea'), {
          minLength: 1,
          maxLength: 3,
        }),
        (drawn, words) => {
          const cards = toCards(drawn);
          const query = words.join(' ');
          expect(toMatchedRanks(search(cards, cards.length, query))).toEqual(
            matchByScan(cards, query),
          );
        },
      ),
    );
  });

  it('scores every card the same whether it was indexed in one go or in slices', () => {
    fc.assert(
      fc.property(
        fc.array(cardArbitrary, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom('cache', 'heap quorum', 'retr', 'cafe caching'),
        (drawn, sliceSize, query) => {
          const cards = toCards(drawn);
          expect(search(cards, sliceSize, query)).toEqual(search(cards, cards.length, query));
        },
      ),
    );
  });

  it('finds the same cards in the same order once packed, and takes more cards after', () => {
    fc.assert(
      fc.property(
        fc.array(cardArbitrary, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 25 }),
        fc.constantFrom('cache', 'heap quorum', 'retr', 'cafe caching', 'idempotent'),
        (drawn, packAfter, query) => {
          const cards = toCards(drawn);
          const plain = search(cards, 5, query) ?? [];
          const packed = search(cards, 5, query, packAfter) ?? [];
          expect(toMatchedRanks(packed)).toEqual(toMatchedRanks(plain));
          // 32-bit weights: the same scores to about seven digits.
          packed.forEach((score, rank) => {
            expect(score).toBeCloseTo(plain[rank] ?? 0, 4);
          });
        },
      ),
    );
  });

  it('ranks the word itself above longer words that start with it', () => {
    const cards = [
      makeCard('deck/long', { deckId: 'deck', position: 0, question: 'Caches everywhere' }),
      makeCard('deck/exact', { deckId: 'deck', position: 1, question: 'Cache everywhere' }),
    ];
    const [longer, exact] = search(cards, 2, 'cache') ?? [];
    expect(exact).toBeGreaterThan(longer ?? Number.POSITIVE_INFINITY);
  });

  it('leaves out the cards the filter does not want, and counts each term once', () => {
    const cards = [
      makeCard('deck/a', { deckId: 'deck', position: 0, question: 'Cache cache cache' }),
      makeCard('deck/b', { deckId: 'deck', position: 1, question: 'Cache' }),
    ];
    const index = createCardSearchIndex(cards);
    addCardsToIndex(index, cards);
    // "cache" and "answer" ("An answer."): "an" is too common to index.
    expect(countIndexTerms(index)).toBe(2);
    const { scores } = searchCardIndex(
      index,
      'cache',
      createSearchScratch(2),
      (rank) => rank === 1,
    );
    expect([...(scores ?? [])].map((score) => score > 0)).toEqual([false, true]);
  });
});
