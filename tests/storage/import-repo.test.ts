import { afterEach, describe, expect, it } from 'vitest';
import type { CompiledDeck } from '../../src/domain/card-types';
import { syncDecks } from '../../src/storage/bank-sync';
import { getCard } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { findBuiltinDecks, ImportCancelledError, importDecks } from '../../src/storage/import-repo';
import { listReviewsForCard } from '../../src/storage/review-repo';
import { buildDeck, buildEditedSpecs, DECK_ID, ORIGINAL } from '../domain/deck-sync/sample-bank';
import { makeDeck } from '../support/test-database';
import { MINUTE, rate } from './backup-fixture';
import { createTestDatabase, DAY, NOW } from './test-db';

const URL_OLD = `${DECK_ID}/what-happens-when-you-enter-a-url`;
const URL_NEW = `${DECK_ID}/what-happens-when-you-type-a-url-and-press-enter`;
const PROCESS = `${DECK_ID}/process-vs-thread`;

let db: DrillbookDb;
afterEach(() => db?.close());

async function snapshot(target: DrillbookDb) {
  return {
    decks: await target.decks.toArray(),
    cards: await target.cards.toArray(),
    schedule: await target.schedule.toArray(),
    reviews: await target.reviews.toArray(),
  };
}

describe('importDecks', () => {
  it('re-imports an edited deck: matched and reworded cards keep schedule and history, removed ones are hidden', async () => {
    db = createTestDatabase();
    await importDecks(db, [buildDeck(ORIGINAL)], NOW - 10 * DAY);
    const urlRow = await rate(db, URL_OLD, NOW - 9 * DAY, 'r1');
    await rate(db, PROCESS, NOW - 8 * DAY, 'r2');

    const [summary] = await importDecks(db, [buildDeck(buildEditedSpecs())], NOW);
    expect(summary?.counts).toEqual({
      added: 2,
      updated: 1,
      renamed: 1,
      unchanged: 4,
      removed: 2,
      restored: 0,
    });
    expect(await db.schedule.get(URL_NEW)).toEqual({ ...urlRow, cardId: URL_NEW });
    expect((await listReviewsForCard(db, URL_NEW)).map((r) => r.id)).toEqual(['r1']);
    expect(await getCard(db, URL_OLD)).toBeUndefined();
    expect(await getCard(db, PROCESS)).toMatchObject({ status: 'removed' });
    expect(await listReviewsForCard(db, PROCESS)).toHaveLength(1);
    expect(await db.decks.get(DECK_ID)).toMatchObject({ source: 'import', importedAt: NOW });
  });

  it('writes card rows in chunks of 1,000 and reports each chunk', async () => {
    db = createTestDatabase();
    const progress: [number, number][] = [];
    await importDecks(db, [makeDeck('big', 2500)], NOW, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [0, 2500],
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
    expect(await db.cards.where('deckId').equals('big').count()).toBe(2500);
  });

  it('writes nothing at all when cancelled between chunks, even over an existing deck', async () => {
    db = createTestDatabase();
    await importDecks(db, [makeDeck('big', 1500)], NOW - DAY);
    await rate(db, 'big/what-is-topic-1', NOW - DAY + MINUTE, 'r1');
    const before = await snapshot(db);

    let chunks = 0;
    const edited: CompiledDeck = makeDeck('big', 3000);
    await expect(
      importDecks(db, [edited, makeDeck('other', 10)], NOW, {
        onProgress: () => {
          chunks += 1;
        },
        isCancelled: () => chunks >= 2,
      }),
    ).rejects.toBeInstanceOf(ImportCancelledError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('stores a new deck exactly as planning it against stored cards does', async () => {
    db = createTestDatabase();
    const reference = createTestDatabase();
    const deck = buildDeck(ORIGINAL);
    await importDecks(db, [deck], NOW);
    // A repeated id sends the deck through the general plan, which keeps the first copy.
    const repeated = deck.cards.map((card) => ({ ...card, question: `${card.question} again` }));
    await importDecks(reference, [{ ...deck, cards: [...deck.cards, ...repeated] }], NOW);
    expect(await db.cards.toArray()).toEqual(await reference.cards.toArray());
    reference.close();
  });

  it('stores the built-in bank and an import of the same deck alike, but for the source', async () => {
    db = createTestDatabase();
    const reference = createTestDatabase();
    const deck = buildDeck(ORIGINAL);
    await importDecks(db, [deck], NOW);
    await syncDecks(reference, [deck], 'builtin', NOW);
    expect(await db.cards.toArray()).toEqual(await reference.cards.toArray());
    const [imported] = await db.decks.toArray();
    expect(await reference.decks.toArray()).toEqual([{ ...imported, source: 'builtin' }]);
    reference.close();
  });

  it('skips a deck whose content is already stored', async () => {
    db = createTestDatabase();
    const deck = makeDeck('same', 3);
    await importDecks(db, [deck], NOW - DAY);
    const [summary] = await importDecks(db, [deck], NOW);
    expect(summary?.counts).toMatchObject({ added: 0, unchanged: 3 });
    expect(await db.decks.get('same')).toMatchObject({ importedAt: NOW - DAY });
  });
});

describe('findBuiltinDecks', () => {
  it('finds the decks that came with the app among the given ids', async () => {
    db = createTestDatabase();
    await syncDecks(db, [makeDeck('builtin-one', 1)], 'builtin', NOW);
    await importDecks(db, [makeDeck('mine', 1)], NOW);
    const found = await findBuiltinDecks(db, ['builtin-one', 'mine', 'missing']);
    expect(found.map((deck) => deck.id)).toEqual(['builtin-one']);
  });
});
