import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BrowseCatalog,
  buildBrowseCatalog,
  createBrowseCatalog,
  indexNextCards,
  withBrowseSchedules,
} from '../../../src/domain/browse/browse-catalog';
import {
  listMatchIds,
  runBrowseQuery,
  toBrowsePage,
} from '../../../src/domain/browse/browse-query';
import {
  type BrowseFilter,
  type BrowseQuery,
  type BrowseSort,
  emptyBrowseFilter,
} from '../../../src/domain/browse/browse-types';
import { State } from '../../../src/domain/card-state';
import { cards, DAY, decks, makeCard, makeRow, NOW } from './browse-fixtures';

const relevance: BrowseSort = { key: 'relevance', direction: 'desc' };

function query(text: string, filter: Partial<BrowseFilter> = {}, sort = relevance): BrowseQuery {
  return { text, filter: { ...emptyBrowseFilter, ...filter }, sort, now: NOW, weights: null };
}

function ids(catalog: BrowseCatalog, q: BrowseQuery): string[] {
  return listMatchIds(catalog, runBrowseQuery(catalog, q));
}

const plain = buildBrowseCatalog({ decks, cards });
const studied = withBrowseSchedules(
  plain,
  [
    makeRow('web/put-patch', { due: NOW - DAY, stability: 2, lastReview: NOW - 3 * DAY }),
    makeRow('web/cors', {
      state: State.Learning,
      due: NOW + 600_000,
      stability: 0.5,
      lastReview: NOW - 60_000,
    }),
    makeRow('algo/heap', {
      state: State.Relearning,
      due: NOW - 1000,
      stability: 1,
      lapses: 2,
      lastReview: NOW - 2 * DAY,
    }),
    // A never-rated card carrying a bury: still new, with no memory to judge.
    makeRow('algo/cafe', {
      state: State.New,
      stability: 0,
      lastReview: null,
      due: NOW,
      buriedUntil: NOW + DAY,
    }),
    makeRow('gone/card', {}),
  ],
  ['web/cache'],
);

describe('text search', () => {
  it('searches question, answer, sections and tags, ignoring case and accents', () => {
    expect(ids(plain, query('patch'))).toEqual(['web/put-patch']);
    expect(ids(plain, query('ORIGINS'))).toEqual(['web/cors']);
    expect(ids(plain, query('preflight'))).toEqual(['web/cors']);
    expect(ids(plain, query('max-age'))).toEqual(['web/cache']);
    expect(ids(plain, query('security'))).toEqual(['web/cors']);
    expect(ids(plain, query('cafe'))).toEqual(['algo/cafe']);
  });

  it('needs every word, and takes the last one as the start of a word from four letters on', () => {
    expect(ids(plain, query('idempo')).sort()).toEqual(['algo/cafe', 'web/put-patch']);
    expect(ids(plain, query('idempotent retry'))).toEqual(['algo/cafe']);
    expect(ids(plain, query('idempotent put resource'))).toEqual(['web/put-patch']);
    expect(ids(plain, query('idempotent heap retry'))).toEqual([]);
    expect(ids(plain, query('retry idempotent enou'))).toEqual(['algo/cafe']);
    expect(ids(plain, query('ide'))).toEqual([]);
    expect(ids(plain, query('heap tre')).length).toBe(0);
    expect(ids(plain, query('heap tree'))).toEqual(['algo/heap']);
  });

  it('ranks a match in the question above a match in the body', () => {
    // "PUT" is in one card's question and only in the other's sections.
    expect(ids(plain, query('put'))).toEqual(['web/put-patch', 'algo/cafe']);
  });

  it('shows every card in browse order without text, and says which words were too common', () => {
    expect(ids(plain, query(''))).toEqual([
      'algo/heap',
      'algo/cafe',
      'web/cors',
      'web/put-patch',
      'web/cache',
    ]);
    const onlyCommon = runBrowseQuery(plain, query('what is the'));
    expect(onlyCommon.ranks).toHaveLength(5);
    expect(onlyCommon.ignoredWords).toEqual(['what', 'is', 'the']);
  });
});

describe('indexing in slices', () => {
  it('filters and sorts at once, and searches text over the cards indexed so far', () => {
    const catalog = createBrowseCatalog({ decks, cards });
    expect(ids(catalog, query('', { deckId: 'web' }))).toEqual([
      'web/cors',
      'web/put-patch',
      'web/cache',
    ]);
    expect(runBrowseQuery(catalog, query('http'))).toMatchObject({ ranks: [], searchedCards: 0 });

    // Browse order: heap, cafe, cors, put-patch, cache. Four are indexed, not the cache card.
    expect(indexNextCards(catalog, 4)).toBe(false);
    expect(runBrowseQuery(catalog, query('http')).searchedCards).toBe(4);
    expect(ids(catalog, query('http'))).toEqual(['web/cors', 'web/put-patch']);
    expect(runBrowseQuery(catalog, query('')).searchedCards).toBeNull();

    expect(indexNextCards(catalog, 4)).toBe(true);
    expect(ids(catalog, query('http')).sort()).toEqual(['web/cache', 'web/cors', 'web/put-patch']);
    expect(runBrowseQuery(catalog, query('http')).searchedCards).toBeNull();
  });
});

describe('filters', () => {
  it('filters by deck, tag and state; learning includes relearning; suspended wins', () => {
    expect(ids(studied, query('', { deckId: 'algo' }))).toEqual(['algo/heap', 'algo/cafe']);
    expect(ids(studied, query('', { tag: 'trees' }))).toEqual(['algo/heap', 'algo/cafe']);
    expect(ids(studied, query('', { state: 'new' }))).toEqual(['algo/cafe']);
    expect(ids(studied, query('', { state: 'learning' }))).toEqual(['algo/heap', 'web/cors']);
    expect(ids(studied, query('', { state: 'review' }))).toEqual(['web/put-patch']);
    expect(ids(studied, query('', { state: 'suspended' }))).toEqual(['web/cache']);
  });

  it('filters by due date and by retrievability, leaving never-rated cards out of both', () => {
    expect(ids(studied, query('', { dueBefore: NOW }))).toEqual(['algo/heap', 'web/put-patch']);
    // Reviewed a minute ago, the learning card is still well remembered; the others are not.
    expect(ids(studied, query('', { retrievabilityBelow: 0.9 }))).toEqual([
      'algo/heap',
      'web/put-patch',
    ]);
    expect(ids(studied, query('', { retrievabilityBelow: 0.9, tag: 'http' }))).toEqual([
      'web/put-patch',
    ]);
  });

  it('combines text and filters', () => {
    expect(ids(studied, query('http', { state: 'suspended' }))).toEqual(['web/cache']);
    expect(ids(studied, query('idempotent', { deckId: 'web' }))).toEqual(['web/put-patch']);
  });
});

describe('text and filters together', () => {
  it('give the text result narrowed by the filter, whatever the filter', () => {
    const filters = fc.record({
      deckId: fc.constantFrom(null, 'web', 'algo'),
      tag: fc.constantFrom(null, 'http', 'trees'),
      state: fc.constantFrom(null, 'new' as const, 'learning' as const, 'suspended' as const),
      dueBefore: fc.constantFrom(null, NOW, NOW + 2 * DAY),
      retrievabilityBelow: fc.constantFrom(null, 0.5, 0.95),
    });
    const texts = fc.constantFrom('http', 'idempotent', 'put', 'what heap', 'tree');
    fc.assert(
      fc.property(filters, texts, (filter, text) => {
        const textOnly = ids(studied, query(text));
        const filterOnly = new Set(ids(studied, query('', filter)));
        expect(ids(studied, query(text, filter))).toEqual(
          textOnly.filter((id) => filterOnly.has(id)),
        );
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('sorting', () => {
  it('sorts by due date either way, never-rated cards last both times', () => {
    const due = (direction: 'asc' | 'desc') =>
      ids(studied, query('', {}, { key: 'due', direction }));
    expect(due('asc')).toEqual([
      'web/put-patch',
      'algo/heap',
      'web/cors',
      'algo/cafe',
      'web/cache',
    ]);
    expect(due('desc')).toEqual([
      'web/cors',
      'algo/heap',
      'web/put-patch',
      'algo/cafe',
      'web/cache',
    ]);
  });

  it('sorts by retrievability, stability, lapses and deck order', () => {
    const by = (key: BrowseSort['key'], direction: 'asc' | 'desc') =>
      ids(studied, query('', { state: 'learning' }, { key, direction }));
    expect(by('retrievability', 'asc')).toEqual(['algo/heap', 'web/cors']);
    expect(by('stability', 'desc')).toEqual(['algo/heap', 'web/cors']);
    expect(by('lapses', 'desc')).toEqual(['algo/heap', 'web/cors']);
    expect(by('deck', 'desc')).toEqual(['web/cors', 'algo/heap']);
  });

  it('sorts questions in reading order, numbers by value, ties in browse order', () => {
    const numbered = buildBrowseCatalog({
      decks,
      cards: [
        makeCard('web/q10', { deckId: 'web', position: 0, question: 'Question 10' }),
        makeCard('web/q9', { deckId: 'web', position: 1, question: 'question 9' }),
        makeCard('algo/q9', { deckId: 'algo', position: 0, question: 'Question 9' }),
        makeCard('algo/b', { deckId: 'algo', position: 1, question: 'Beta' }),
      ],
    });
    expect(ids(numbered, query('', {}, { key: 'question', direction: 'asc' }))).toEqual([
      'algo/b',
      'algo/q9',
      'web/q9',
      'web/q10',
    ]);
  });
});

describe('pages', () => {
  const many = buildBrowseCatalog({
    decks,
    cards: Array.from({ length: 120 }, (_, i) =>
      makeCard(`web/card-${i}`, { deckId: 'web', position: i, question: `Card number ${i}` }),
    ),
  });

  it('cuts the result into pages and keeps the page in range', () => {
    const matches = runBrowseQuery(many, query(''));
    const last = toBrowsePage(many, matches, query(''), 2, 50);
    expect(last).toMatchObject({ total: 120, pageIndex: 2, pageCount: 3 });
    expect(last.hits.map((hit) => hit.question)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Card number ${100 + i}`),
    );
    expect(toBrowsePage(many, matches, query(''), 9, 50).pageIndex).toBe(2);
    expect(listMatchIds(many, matches)).toHaveLength(120);
  });

  it('gives each hit its state, schedule, retrievability and bury', () => {
    const page = toBrowsePage(studied, runBrowseQuery(studied, query('')), query(''), 0, 50);
    const byId = new Map(page.hits.map((hit) => [hit.id, hit]));
    expect(byId.get('algo/cafe')).toMatchObject({
      state: 'new',
      retrievability: null,
      isBuried: true,
      deckTitle: 'Algorithms',
    });
    expect(byId.get('web/cache')).toMatchObject({ state: 'suspended', schedule: null });
    const reviewed = byId.get('web/put-patch');
    expect(reviewed?.retrievability).toBeGreaterThan(0);
    expect(reviewed?.retrievability).toBeLessThan(0.9);
    expect(page.total).toBe(5);
  });
});
