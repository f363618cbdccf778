import { afterEach, describe, expect, it } from 'vitest';
import type { BrowseQuery } from '../../src/domain/browse/browse-types';
import { emptyBrowseFilter } from '../../src/domain/browse/browse-types';
import type { DrillbookDb } from '../../src/storage/db';
import { createBrowseEngine } from '../../src/workers/browse-engine';
import { createTestDatabase, makeScheduleRow, NOW } from '../storage/test-db';
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

  it('answers the opening page before loading the collection, as the loaded collection would', async () => {
    db = createTestDatabase();
    await seedDeck(db, makeDeck('zeta', 30), NOW);
    await seedDeck(db, makeDeck('alpha', 40), NOW);
    const ids = (await db.cards.toCollection().primaryKeys()).sort();
    // Removed cards in both decks, some of them among the second deck's first on the page.
    const removed = [...ids.slice(0, 3), ...ids.slice(-3)];
    const [suspended, rated] = [ids[10] ?? '', ids.slice(20, 45)];
    for (const id of removed) await db.cards.update(id, { status: 'removed' });
    await db.cards.update(suspended, { status: 'suspended' });
    await db.schedule.bulkPut(rated.map((id) => makeScheduleRow(id, id.split('/')[0] ?? '')));
    const statuses: string[] = [];
    const cold = createBrowseEngine(db, (status) => statuses.push(status.phase));
    const loaded = createBrowseEngine(db, () => {});
    await loaded.listIds(query);

    for (const sort of [query.sort, { key: 'deck', direction: 'asc' } as const]) {
      const request = { query: { ...query, sort }, pageIndex: 0, pageSize: 50 };
      const opening = await cold.searchPage(request);
      if (sort === query.sort) expect(statuses).not.toContain('ready');
      expect(opening).toEqual(await loaded.searchPage(request));
      expect(opening.total).toBe(64);
      expect(opening.hits.filter((hit) => hit.state === 'suspended')).toHaveLength(1);
    }
    await expect.poll(() => statuses.at(-1)).toBe('ready');
  });

  it('reads everything for the opening page when cards of a removed deck row belong on it', async () => {
    const engine = await openEngine(20);
    await seedDeck(db, makeDeck('orphans', 40), NOW);
    await db.decks.delete('orphans');
    const request = { query, pageIndex: 0, pageSize: 50 };

    const page = await engine.searchPage(request);

    expect(page.total).toBe(60);
    expect(page.hits.map((hit) => hit.deckId)).toEqual([
      ...Array<string>(20).fill('big'),
      ...Array<string>(30).fill('orphans'),
    ]);
  });

  it('after a refresh, answers with the data as it is now, opening page and filtered alike', async () => {
    const engine = await openEngine(60);
    const opening = { query, pageIndex: 0, pageSize: 50 };
    const first = await engine.searchPage(opening);
    await engine.listIds(query);
    const [rated, suspended] = [first.hits[0]?.id ?? '', first.hits[1]?.id ?? ''];
    await db.schedule.put(makeScheduleRow(rated, 'big'));
    await db.cards.update(suspended, { status: 'suspended' });

    await engine.refresh();
    const again = await engine.searchPage(opening);
    const suspendedOnly = await engine.searchPage({
      ...opening,
      query: { ...query, filter: { ...emptyBrowseFilter, state: 'suspended' } },
    });

    expect(again.hits.slice(0, 2).map((hit) => hit.state)).toEqual(['review', 'suspended']);
    expect(suspendedOnly.hits.map((hit) => hit.id)).toEqual([suspended]);
  });
});
