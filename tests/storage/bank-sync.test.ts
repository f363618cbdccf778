import { afterEach, describe, expect, it } from 'vitest';
import { State } from '../../src/domain/card-state';
import type { CompiledDeck } from '../../src/domain/card-types';
import { hashCardContent, hashDeck } from '../../src/domain/deck-sync/content-hash';
import type { ScheduleRow } from '../../src/domain/scheduler/types';
import { syncDecks } from '../../src/storage/bank-sync';
import { getCard, listCardsByDeck, setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { listDecks } from '../../src/storage/deck-repo';
import { loadQueueInput } from '../../src/storage/queue-repo';
import { listReviewsForCard, undoLastReview } from '../../src/storage/review-repo';
import { saveRating } from '../../src/storage/schedule-repo';
import { buildDeck, buildEditedSpecs, DECK_ID, ORIGINAL } from '../domain/deck-sync/sample-bank';
import {
  createTestDatabase,
  DAY,
  DAY_END,
  DAY_START,
  makeReview,
  makeScheduleRow,
  NOW,
} from './test-db';

const URL_OLD = `${DECK_ID}/what-happens-when-you-enter-a-url`;
const URL_NEW = `${DECK_ID}/what-happens-when-you-type-a-url-and-press-enter`;
const PUT_PATCH = `${DECK_ID}/put-vs-patch`;
const PROCESS = `${DECK_ID}/process-vs-thread`;
const CLOSURE = `${DECK_ID}/what-is-a-closure`;
const DEADLOCK = `${DECK_ID}/what-is-a-deadlock`;

let db: DrillbookDb;
afterEach(() => db?.close());

/** Rates a card twice (new, then review), as the review screen would. */
async function rateTwice(cardId: string, at: number): Promise<ScheduleRow> {
  const first = makeScheduleRow(cardId, DECK_ID, {
    state: State.Learning,
    due: at + 600_000,
    reps: 1,
  });
  await saveRating(db, {
    schedule: first,
    review: makeReview(null, first, at),
    expectedBefore: null,
  });
  const second = makeScheduleRow(cardId, DECK_ID, { due: at + 3 * DAY, reps: 2 });
  await saveRating(db, {
    schedule: second,
    review: makeReview(first, second, at + 700_000),
    expectedBefore: first,
  });
  return second;
}

async function importEditedBankAfterStudying() {
  db = createTestDatabase();
  await syncDecks(db, [buildDeck(ORIGINAL)], 'builtin', NOW - 10 * DAY);
  const rows = {
    putPatch: await rateTwice(PUT_PATCH, NOW - 9 * DAY),
    url: await rateTwice(URL_OLD, NOW - 8 * DAY),
    closure: await rateTwice(CLOSURE, NOW - 7 * DAY),
    process: await rateTwice(PROCESS, NOW - 6 * DAY),
  };
  await setCardStatus(db, PUT_PATCH, 'suspended');
  const summaries = await syncDecks(db, [buildDeck(buildEditedSpecs())], 'builtin', NOW);
  return { rows, summaries };
}

describe('syncDecks', () => {
  it('stores a new bank as new cards, with no schedule rows', async () => {
    db = createTestDatabase();
    const [summary] = await syncDecks(db, [buildDeck(ORIGINAL)], 'builtin', NOW);
    expect(summary).toMatchObject({ deckId: DECK_ID, isSkipped: false, counts: { added: 8 } });
    expect(await db.schedule.count()).toBe(0);
    const queue = await loadQueueInput(db, {
      now: NOW,
      dayStart: DAY_START,
      dayEnd: DAY_END,
      learnAheadMs: 0,
      newLimit: 3,
    });
    expect(queue.newCards.map((card) => card.cardId)).toEqual([PUT_PATCH, URL_OLD, CLOSURE]);
    expect(await listDecks(db)).toMatchObject([
      { id: DECK_ID, source: 'builtin', importedAt: NOW },
    ]);
  });

  it('reports the changes of an edited bank', async () => {
    const { summaries } = await importEditedBankAfterStudying();
    expect(summaries[0]?.counts).toEqual({
      added: 2,
      updated: 1,
      renamed: 1,
      unchanged: 4,
      removed: 2,
      restored: 0,
    });
  });

  it('keeps the schedule and reviews of an updated card, and its suspension', async () => {
    const { rows } = await importEditedBankAfterStudying();
    expect(await db.schedule.get(PUT_PATCH)).toEqual(rows.putPatch);
    expect(await listReviewsForCard(db, PUT_PATCH)).toHaveLength(2);
    const card = await getCard(db, PUT_PATCH);
    expect(card?.answer).toContain('PUT sends the complete new representation');
    expect(card?.status).toBe('suspended');
  });

  it('moves a renamed card with its schedule and every review to the new id', async () => {
    const { rows } = await importEditedBankAfterStudying();
    expect(await getCard(db, URL_OLD)).toBeUndefined();
    expect(await db.schedule.get(URL_OLD)).toBeUndefined();
    expect(await listReviewsForCard(db, URL_OLD)).toEqual([]);
    expect(await getCard(db, URL_NEW)).toMatchObject({ previousIds: [URL_OLD], status: 'active' });
    expect(await db.schedule.get(URL_NEW)).toEqual({ ...rows.url, cardId: URL_NEW });
    const reviews = await listReviewsForCard(db, URL_NEW);
    expect(reviews.map((review) => [review.cardId, review.before?.cardId ?? null])).toEqual([
      [URL_NEW, null],
      [URL_NEW, URL_NEW],
    ]);
  });

  it('lets undo restore a renamed card under its new id', async () => {
    await importEditedBankAfterStudying();
    const undone: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) undone.push((await undoLastReview(db))?.cardId);
    expect(undone).toEqual([PROCESS, PROCESS, CLOSURE, CLOSURE, URL_NEW]);
    expect(await db.schedule.get(URL_NEW)).toMatchObject({
      cardId: URL_NEW,
      state: State.Learning,
      reps: 1,
    });
    expect(await db.schedule.get(URL_OLD)).toBeUndefined();
  });

  it('hides a card deleted from the file, keeping its history', async () => {
    const { rows } = await importEditedBankAfterStudying();
    expect((await getCard(db, PROCESS))?.status).toBe('removed');
    expect(await db.schedule.get(PROCESS)).toEqual(rows.process);
    expect(await listReviewsForCard(db, PROCESS)).toHaveLength(2);
    const queue = await loadQueueInput(db, {
      now: NOW + 30 * DAY,
      dayStart: DAY_START + 30 * DAY,
      dayEnd: DAY_END + 30 * DAY,
      learnAheadMs: 0,
      newLimit: 0,
    });
    expect(queue.reviews.map((row) => row.cardId)).not.toContain(PROCESS);
    expect(queue.reviews.map((row) => row.cardId)).toContain(URL_NEW);
  });

  it('keeps every review: none lost, none duplicated', async () => {
    await importEditedBankAfterStudying();
    expect(await db.reviews.count()).toBe(8);
    const cardIds = new Set((await db.reviews.toArray()).map((review) => review.cardId));
    expect([...cardIds].sort()).toEqual([CLOSURE, PROCESS, PUT_PATCH, URL_NEW].sort());
  });

  it('adds a new card without a schedule row, first among new cards in file order', async () => {
    await importEditedBankAfterStudying();
    expect(await db.schedule.get(DEADLOCK)).toBeUndefined();
    const queue = await loadQueueInput(db, {
      now: NOW,
      dayStart: DAY_START,
      dayEnd: DAY_END,
      learnAheadMs: 0,
      newLimit: 10,
    });
    expect(queue.newCards.map((card) => card.cardId)).toEqual([
      `${DECK_ID}/how-does-a-database-index-work`,
      `${DECK_ID}/what-is-cors`,
      `${DECK_ID}/what-is-a-cdn`,
      DEADLOCK,
      `${DECK_ID}/what-is-http-keep-alive`,
    ]);
  });

  it('brings a deleted card back, active and with its history, when it reappears', async () => {
    const { rows } = await importEditedBankAfterStudying();
    const [summary] = await syncDecks(db, [buildDeck(ORIGINAL)], 'builtin', NOW + DAY);
    expect(summary?.counts).toMatchObject({ restored: 2, renamed: 1, removed: 2 });
    expect((await getCard(db, PROCESS))?.status).toBe('active');
    expect(await db.schedule.get(PROCESS)).toEqual(rows.process);
    expect(await db.schedule.get(URL_OLD)).toEqual(rows.url);
  });

  it('skips a deck whose content is unchanged without writing', async () => {
    db = createTestDatabase();
    const deck = buildDeck(ORIGINAL);
    await syncDecks(db, [deck], 'builtin', NOW);
    const [summary] = await syncDecks(db, [structuredClone(deck)], 'builtin', NOW + DAY);
    expect(summary).toMatchObject({ isSkipped: true, counts: { unchanged: 8, added: 0 } });
    expect((await listDecks(db))[0]?.importedAt).toBe(NOW);
  });

  it('stores a large deck in bulk and re-syncs one edit as one update', async () => {
    db = createTestDatabase();
    const specs = Array.from({ length: 2500 }, (_, i) => ({
      slug: `q-${i}`,
      question: `Question ${i}`,
      answer: `Answer number ${i} explains topic ${i} in a few words of its own.`,
    }));
    const big: CompiledDeck = buildDeck(specs, 'big');
    expect((await syncDecks(db, [big], 'import', NOW))[0]?.counts.added).toBe(2500);
    expect(await db.cards.count()).toBe(2500);
    const edited = buildDeck(
      specs.map((s, i) => (i === 1234 ? { ...s, answer: `${s.answer} More.` } : s)),
      'big',
    );
    const [summary] = await syncDecks(db, [edited], 'import', NOW + DAY);
    expect(summary?.counts).toMatchObject({ updated: 1, unchanged: 2499, added: 0, removed: 0 });
    expect((await listCardsByDeck(db, 'big')).map((card) => card.position).slice(0, 3)).toEqual([
      0, 1, 2,
    ]);
  });
});

describe('hashes known in advance (the built-in bank ships them)', () => {
  it('skips an unchanged bank on its known hash, and syncs one whose hash changed', async () => {
    db = createTestDatabase();
    const original = buildDeck(ORIGINAL);
    await syncDecks(db, [original], 'builtin', NOW, known(original));
    const [again] = await syncDecks(db, [original], 'builtin', NOW, known(original));
    expect(again?.isSkipped).toBe(true);

    const edited = buildDeck(buildEditedSpecs());
    const [synced] = await syncDecks(db, [edited], 'builtin', NOW + DAY, known(edited));
    expect(synced?.isSkipped).toBe(false);
    expect(await getCard(db, URL_NEW)).toBeDefined();
    // The next start-up, with or without the hash at hand, finds the edited bank current.
    const [current] = await syncDecks(db, [edited], 'builtin', NOW + 2 * DAY);
    expect(current?.isSkipped).toBe(true);
    // The known hash is what decides: a different one syncs the same, stored bank again.
    const forcing = { decks: ['not-the-hash'], cards: {} };
    const [forced] = await syncDecks(db, [edited], 'builtin', NOW + 3 * DAY, forcing);
    expect(forced?.isSkipped).toBe(false);
  });

  it("stores the cards' known content hashes as given, without hashing the cards", async () => {
    db = createTestDatabase();
    const deck = buildDeck(ORIGINAL);
    const cards = Object.fromEntries(deck.cards.map((card) => [card.id, `known:${card.id}`]));
    await syncDecks(db, [deck], 'builtin', NOW, { decks: [hashDeck(deck)], cards });
    const rows = await listCardsByDeck(db, DECK_ID);
    expect(rows.map((row) => row.contentHash)).toEqual(deck.cards.map((card) => cards[card.id]));
  });
});

function known(deck: CompiledDeck) {
  const cards = Object.fromEntries(deck.cards.map((card) => [card.id, hashCardContent(card)]));
  return { decks: [hashDeck(deck)], cards };
}
