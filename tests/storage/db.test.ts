import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { State } from '../../src/domain/card-state';
import type { DeckRow, StoredCard } from '../../src/domain/card-types';
import { UNKNOWN_DEVICE_ID } from '../../src/domain/scheduler/device';
import { countReviewDays } from '../../src/domain/stats/review-days';
import { getCard, listCardsByDeck } from '../../src/storage/card-repo';
import {
  DATABASE_VERSION,
  declareVersion1,
  declareVersion2,
  declareVersion3,
  declareVersion4,
  declareVersion5,
} from '../../src/storage/db';
import { putMediaFiles, readMediaFile } from '../../src/storage/media-repo';
import { getLastExportAt, saveLastExportAt } from '../../src/storage/meta-repo';
import { loadQueueInput } from '../../src/storage/queue-repo';
import {
  buildReviewDays,
  buildReviewDaysChunk,
  isReviewDaysBuilt,
} from '../../src/storage/review-days-build';
import { undoLastReview } from '../../src/storage/review-repo';
import { loadStatsReport } from '../../src/storage/stats-repo';
import { buildDeck, DECK_ID, ORIGINAL, toStoredCards } from '../domain/deck-sync/sample-bank';
import { PNG_2X1 } from '../support/media-samples';
import { rate } from './backup-fixture';
import {
  createTestDatabase,
  DAY,
  DAY_END,
  DAY_START,
  FAKE_IDB,
  makeDatabaseName,
  makeReview,
  makeScheduleRow,
  NOW,
} from './test-db';

const deckRow: DeckRow = {
  id: DECK_ID,
  title: 'Web basics',
  description: '',
  tags: [],
  source: 'builtin',
  fileName: 'web-basics.md',
  importedAt: NOW,
  contentHash: 'abc',
};

function buildVersion1Data() {
  const cards = toStoredCards(buildDeck(ORIGINAL)).map(
    (card, i): StoredCard => (i === 2 ? { ...card, status: 'suspended' } : card),
  );
  const [reviewed, reset] = cards;
  if (!reviewed || !reset) throw new Error('bank too short');
  const schedule = [
    makeScheduleRow(reviewed.id, DECK_ID, { state: State.Review }),
    makeScheduleRow(reset.id, DECK_ID, { state: State.New, reps: 0 }),
  ];
  const reviews = schedule.map((row) => makeReview(null, row, NOW - 1000));
  return { cards, schedule, reviews };
}

describe('database versions', () => {
  it('upgrades a version 1 database, keeping every row and marking new cards', async () => {
    const name = makeDatabaseName();
    const data = buildVersion1Data();
    const old = new Dexie(name, FAKE_IDB);
    declareVersion1(old);
    await old.table('decks').put(deckRow);
    await old.table('cards').bulkPut(data.cards);
    await old.table('schedule').bulkPut(data.schedule);
    await old.table('reviews').bulkPut(data.reviews);
    expect(old.verno).toBe(1);
    old.close();

    const db = createTestDatabase(name);
    await db.open();
    expect(db.verno).toBe(DATABASE_VERSION);
    expect(await db.decks.toArray()).toEqual([deckRow]);
    expect(await listCardsByDeck(db, DECK_ID)).toEqual(data.cards);
    expect(await db.schedule.toArray()).toEqual(
      [...data.schedule].sort((a, b) => a.cardId.localeCompare(b.cardId)),
    );
    expect(await db.reviews.count()).toBe(2);
    expect(await db.reviews.get(data.reviews[0]?.id ?? '')).toEqual({
      ...data.reviews[0],
      deviceId: UNKNOWN_DEVICE_ID,
    });

    // The upgrade ran: the new-card index holds exactly the active cards still new.
    const queue = await loadQueueInput(db, {
      now: NOW,
      dayStart: DAY_START,
      dayEnd: DAY_END,
      learnAheadMs: 0,
      newLimit: 100,
    });
    const expectedNew = data.cards.filter((_, i) => i !== 0 && i !== 2).map((card) => card.id);
    expect(queue.newCards.map((card) => card.cardId)).toEqual(expectedNew);
    db.close();
  });

  it('upgrades a version 2 database: reviews of unknown origin are never undone', async () => {
    const name = makeDatabaseName();
    const data = buildVersion1Data();
    const old = new Dexie(name, FAKE_IDB);
    declareVersion1(old);
    declareVersion2(old);
    await old.table('decks').put(deckRow);
    await old.table('cards').bulkPut(data.cards);
    await old.table('schedule').bulkPut(data.schedule);
    await old.table('reviews').bulkPut(data.reviews);
    await old.table('meta').put({ key: 'lastExportAt', value: NOW });
    expect(old.verno).toBe(2);
    old.close();

    const db = createTestDatabase(name);
    await db.open();
    expect(db.verno).toBe(DATABASE_VERSION);
    const reviews = await db.reviews.toArray();
    expect(reviews).toEqual(
      data.reviews.map((review) => ({ ...review, deviceId: UNKNOWN_DEVICE_ID })),
    );
    expect(await db.schedule.count()).toBe(data.schedule.length);
    expect(await getLastExportAt(db)).toBe(NOW);
    // A review made before the upgrade may be another device's: Undo leaves it alone...
    expect(await undoLastReview(db)).toBeNull();
    expect(await db.reviews.count()).toBe(data.reviews.length);
    // ...and takes back the first rating made after it.
    const [reviewed] = data.schedule;
    if (!reviewed) throw new Error('no schedule row');
    await rate(db, reviewed.cardId, NOW, 'after-upgrade');
    expect(await undoLastReview(db)).toEqual({ cardId: reviewed.cardId });
    expect(await db.schedule.get(reviewed.cardId)).toEqual(reviewed);
    db.close();
  });

  it('upgrades a version 3 database: the review aggregates are built after it, not in it', async () => {
    const name = makeDatabaseName();
    const data = buildVersion1Data();
    const old = new Dexie(name, FAKE_IDB);
    declareVersion1(old);
    declareVersion2(old);
    declareVersion3(old);
    await old.table('decks').put(deckRow);
    await old.table('cards').bulkPut(data.cards);
    await old.table('schedule').bulkPut(data.schedule);
    const history = Array.from({ length: 7 }, (_, i) => ({
      ...makeReview(null, { cardId: data.cards[0]?.id ?? '', deckId: DECK_ID }, NOW - i * DAY),
      deviceId: 'laptop',
    }));
    await old.table('reviews').bulkPut(history);
    await old.table('meta').put({ key: 'statsDayCache', value: [] });
    old.close();

    const db = createTestDatabase(name);
    await db.open();
    expect(db.verno).toBe(DATABASE_VERSION);
    expect(await db.reviews.count()).toBe(history.length);
    // The upgrade itself counted nothing: the build is left to a worker.
    expect(await db.reviewDays.count()).toBe(0);
    expect(await isReviewDaysBuilt(db)).toBe(false);
    expect(await db.meta.get('statsDayCache')).toBeUndefined();

    const progress: number[] = [];
    const clock = { now: NOW, dayStartHour: 4, tzOffsetAt: () => 0 };
    const report = await loadStatsReport(db, clock, { onProgress: (done) => progress.push(done) });
    expect(progress.at(-1)).toBe(history.length);
    expect(report.heatmap.totalReviews).toBe(history.length);
    expect(await isReviewDaysBuilt(db)).toBe(true);
    expect(await db.reviewDays.toArray()).toEqual(countReviewDays(history));
    db.close();
  });

  it('upgrades a version 4 database: every row stays and an empty media table is added', async () => {
    const name = makeDatabaseName();
    const data = buildVersion1Data();
    const old = new Dexie(name, FAKE_IDB);
    declareVersion1(old);
    declareVersion2(old);
    declareVersion3(old);
    declareVersion4(old);
    await old.table('decks').put(deckRow);
    await old.table('cards').bulkPut(data.cards);
    await old.table('schedule').bulkPut(data.schedule);
    await old.table('reviews').bulkPut(data.reviews);
    await old.table('reviewDays').bulkPut(countReviewDays(data.reviews));
    await old.table('meta').put({ key: 'lastExportAt', value: NOW });
    expect(old.tables.map((table) => table.name)).not.toContain('media');
    old.close();

    const db = createTestDatabase(name);
    await db.open();
    expect(db.verno).toBe(DATABASE_VERSION);
    expect(await db.decks.toArray()).toEqual([deckRow]);
    expect(await listCardsByDeck(db, DECK_ID)).toEqual(data.cards);
    expect(await db.schedule.count()).toBe(data.schedule.length);
    expect(await db.reviews.toArray()).toEqual(data.reviews);
    expect(await db.reviewDays.toArray()).toEqual(countReviewDays(data.reviews));
    expect(await getLastExportAt(db)).toBe(NOW);
    expect(await db.media.count()).toBe(0);
    await putMediaFiles(db, [{ key: 'chart.png', type: 'image/png', bytes: PNG_2X1 }]);
    expect((await readMediaFile(db, 'chart.png'))?.type).toBe('image/png');
    db.close();
  });

  it('upgrades a version 5 database: every card stays, and a deck reads in file order by index', async () => {
    const name = makeDatabaseName();
    const data = buildVersion1Data();
    const old = new Dexie(name, FAKE_IDB);
    for (const declare of [
      declareVersion1,
      declareVersion2,
      declareVersion3,
      declareVersion4,
      declareVersion5,
    ]) {
      declare(old);
    }
    await old.table('decks').put(deckRow);
    // Stored out of file order, as re-imports that insert questions leave them.
    await old.table('cards').bulkPut([...data.cards].reverse());
    await old.table('reviews').bulkPut(data.reviews);
    old.close();

    const db = createTestDatabase(name);
    await db.open();
    expect(db.verno).toBe(DATABASE_VERSION);
    expect(await listCardsByDeck(db, DECK_ID)).toEqual(data.cards);
    expect(await db.reviews.toArray()).toEqual(data.reviews);
    const inFileOrder = await db.cards
      .where('[deckId+position]')
      .between([DECK_ID, Dexie.minKey], [DECK_ID, Dexie.maxKey])
      .primaryKeys();
    expect(inFileOrder).toEqual(
      [...data.cards].sort((a, b) => a.position - b.position).map((card) => card.id),
    );
    db.close();
  });

  it('counts a rating or an undo made during the build once, whichever side of it', async () => {
    const name = makeDatabaseName();
    const old = new Dexie(name, FAKE_IDB);
    declareVersion1(old);
    declareVersion2(old);
    declareVersion3(old);
    const data = buildVersion1Data();
    await old.table('decks').put(deckRow);
    await old.table('cards').bulkPut(data.cards);
    const cardId = data.cards[1]?.id ?? '';
    const history = Array.from({ length: 10 }, (_, i) =>
      makeReview(null, { cardId: 'gone/card', deckId: 'gone' }, NOW - 10 * DAY + i * DAY),
    );
    await old.table('reviews').bulkPut(history);
    old.close();

    const db = createTestDatabase(name);
    await db.open();
    // Between chunks of three: a rating before the cursor, one after it, an undo of that one,
    // and a rating after the cursor again.
    await buildReviewDaysChunk(db, 3);
    await rate(db, cardId, NOW - 12 * DAY, 'during-1');
    await buildReviewDaysChunk(db, 3);
    await rate(db, cardId, NOW - DAY / 2, 'during-2');
    await buildReviewDaysChunk(db, 3);
    await undoLastReview(db);
    await rate(db, cardId, NOW, 'during-3');
    expect(await isReviewDaysBuilt(db)).toBe(false);
    await buildReviewDays(db);
    const log = await db.reviews.toArray();
    expect(log.map((row) => row.id)).toContain('during-3');
    expect(log.map((row) => row.id)).not.toContain('during-2');
    expect(await db.reviewDays.toArray()).toEqual(countReviewDays(log));
    db.close();
  });

  it('adds a meta table for bookkeeping, such as the last backup export', async () => {
    const db = createTestDatabase();
    expect(await getLastExportAt(db)).toBeNull();
    await saveLastExportAt(db, NOW);
    expect(await getLastExportAt(db)).toBe(NOW);
    db.close();
  });

  it('never exposes the new-queue marker to callers', async () => {
    const db = createTestDatabase();
    const [card] = toStoredCards(buildDeck(ORIGINAL));
    if (!card) throw new Error('empty bank');
    await db.cards.put({ ...card, newQueuePosition: card.position });
    expect(await getCard(db, card.id)).toEqual(card);
    db.close();
  });
});
