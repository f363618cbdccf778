import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../src/storage/check-database-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { importDecks } from '../../src/storage/import-repo';
import { makeDeck } from '../support/test-database';
import { MINUTE, rate } from './backup-fixture';
import { createTestDatabase, DAY, makeReview, makeScheduleRow, NOW } from './test-db';

let db: DrillbookDb;
afterEach(() => db.close());

/** A database as the app leaves it: one deck of three cards, two of them reviewed. */
async function studiedDatabase(): Promise<DrillbookDb> {
  const created = createTestDatabase();
  await importDecks(created, [makeDeck('mine', 3)], NOW - 4 * DAY);
  await rate(created, 'mine/what-is-topic-1', NOW - 2 * DAY, 'r1');
  await rate(created, 'mine/what-is-topic-1', NOW - DAY, 'r2');
  await rate(created, 'mine/what-is-topic-2', NOW - DAY + MINUTE, 'r3', 1);
  return created;
}

async function snapshot(target: DrillbookDb) {
  const [decks, cards, schedule, reviews] = await Promise.all([
    target.decks.toArray(),
    target.cards.toArray(),
    target.schedule.toArray(),
    target.reviews.toArray(),
  ]);
  return { decks, cards, schedule, reviews };
}

describe('checkDatabase', () => {
  it('finds nothing to repair in a sound database, and changes nothing', async () => {
    db = await studiedDatabase();
    const before = await snapshot(db);
    expect((await checkDatabase(db, NOW)).report).toEqual([
      'Checked the database: no problems found.',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes reviews of a card that does not exist, and nothing else', async () => {
    db = await studiedDatabase();
    const before = await snapshot(db);
    const ghost = makeScheduleRow('mine/deleted', 'mine');
    await db.reviews.bulkAdd([makeReview(null, ghost, NOW - DAY), makeReview(null, ghost, NOW)]);
    expect((await checkDatabase(db, NOW)).report).toEqual([
      'Found 2 reviews of cards that no longer exist: deleted.',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes schedule rows without a card', async () => {
    db = await studiedDatabase();
    const before = await snapshot(db);
    await db.schedule.put(makeScheduleRow('mine/deleted', 'mine'));
    expect((await checkDatabase(db, NOW)).report).toEqual([
      'Found 1 schedule row without a card: deleted.',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('gives cards without a deck a recovered deck, keeping their reviews', async () => {
    db = await studiedDatabase();
    await db.decks.delete('mine');
    const { report } = await checkDatabase(db, NOW);
    expect(report).toEqual([
      'Found 3 cards whose deck was missing: moved into 1 new deck, "Recovered deck (mine)".',
    ]);
    expect(await db.decks.get('mine')).toMatchObject({
      title: 'Recovered deck (mine)',
      source: 'import',
    });
    expect(await db.cards.where('deckId').equals('mine').count()).toBe(3);
    expect(await db.reviews.count()).toBe(3);
  });

  it('rebuilds a state that differs from a replay of its reviews', async () => {
    db = await studiedDatabase();
    const before = await snapshot(db);
    const sound = await db.schedule.get('mine/what-is-topic-1');
    if (!sound) throw new Error('the card was rated');
    // A lost write: the row says one repetition and a lapse, the history two good ratings.
    await db.schedule.put({ ...sound, reps: 1, lapses: 1, state: 3 });
    // And a card whose row went missing although it was rated.
    await db.schedule.delete('mine/what-is-topic-2');
    expect((await checkDatabase(db, NOW)).report).toEqual([
      'Found 2 cards whose schedule did not match their review history: rebuilt from the reviews.',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('makes a card new again when its state has no review behind it', async () => {
    db = await studiedDatabase();
    const before = await snapshot(db);
    await db.schedule.put(makeScheduleRow('mine/what-is-topic-3', 'mine', { state: 2 }));
    expect((await checkDatabase(db, NOW)).report).toEqual([
      'Found 1 card whose schedule did not match its review history: rebuilt from the reviews.',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });
});
