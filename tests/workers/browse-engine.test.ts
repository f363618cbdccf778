import { afterEach, describe, expect, it } from 'vitest';
import type { BrowseQuery } from '../../src/domain/browse/browse-types';
import { emptyBrowseFilter } from '../../src/domain/browse/browse-types';
import type { DrillbookDb } from '../../src/storage/db';
import { createBrowseEngine } from '../../src/workers/browse-engine';
import { createTestDatabase, NOW } from '../storage/test-db';
import { makeDeck, seedDeck } from '../support/test-database';

let db: DrillbookDb;
afterEach(() => db.close());

const cardCount = 2000;
const query: BrowseQuery = {
  text: '',
  filter: emptyBrowseFilter,
  sort: { key: 'relevance', direction: 'desc' },
  now: NOW,
  weights: null,
};

async function openEngine(cards = cardCount) {
  db = createTestDatabase();
  await seedDeck(db, makeDeck('big', cards), NOW);
  return createBrowseEngine(db, () => {});
}

describe('browse engine', () => {
  it('lists the first page of every card before any text is searched', async () => {
    const engine = await openEngine(120);

    const page = await engine.searchPage({ query, pageIndex: 0, pageSize: 50 });

    expect(page.total).toBe(120);
    expect(page.hits).toHaveLength(50);
    expect(page.hits[0]?.question).toBe('What is topic 1?');
    expect(page.searchedCards).toBeNull();
  });

  it('searches every card of a 2,000-card collection on the first text search', async () => {
    const engine = await openEngine();
    await engine.searchPage({ query, pageIndex: 0, pageSize: 50 });

    const page = await engine.searchPage({
      query: { ...query, text: 'topic' },
      pageIndex: 0,
      pageSize: 50,
    });

    expect(page.searchedCards).toBeNull();
    expect(page.total).toBe(cardCount);
  });
});
