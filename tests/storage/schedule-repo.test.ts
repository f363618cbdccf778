import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { State } from '../../src/domain/card-state';
import { syncDecks } from '../../src/storage/bank-sync';
import type { DrillbookDb } from '../../src/storage/db';
import { getOwnDeviceId } from '../../src/storage/device-repo';
import { loadQueueInput } from '../../src/storage/queue-repo';
import { listReviewsForCard } from '../../src/storage/review-repo';
import { isSameScheduleRow, saveRating, saveScheduleRow } from '../../src/storage/schedule-repo';
import { describeStorageError, StaleCardError } from '../../src/storage/storage-errors';
import { buildDeck, DECK_ID, ORIGINAL } from '../domain/deck-sync/sample-bank';
import {
  createTestDatabase,
  DAY,
  DAY_END,
  DAY_START,
  makeReview,
  makeScheduleRow,
  NOW,
} from './test-db';

const CARD = `${DECK_ID}/put-vs-patch`;
const firstRow = makeScheduleRow(CARD, DECK_ID, {
  state: State.Learning,
  due: NOW + 600_000,
  reps: 1,
});
const secondRow = makeScheduleRow(CARD, DECK_ID, {
  state: State.Review,
  due: NOW + 3 * DAY,
  reps: 2,
});

let db: DrillbookDb;
beforeEach(async () => {
  db = createTestDatabase();
  await syncDecks(db, [buildDeck(ORIGINAL)], 'builtin', NOW - DAY);
});
afterEach(() => db.close());

async function loadNewCardIds(): Promise<string[]> {
  const queue = await loadQueueInput(db, {
    now: NOW,
    dayStart: DAY_START,
    dayEnd: DAY_END,
    learnAheadMs: 0,
    newLimit: 100,
  });
  return queue.newCards.map((card) => card.cardId);
}

describe('saveRating', () => {
  it('writes the schedule row and the review together, and the card stops being new', async () => {
    const review = makeReview(null, firstRow, NOW);
    await saveRating(db, { schedule: firstRow, review, expectedBefore: null });
    expect(await db.schedule.get(CARD)).toEqual(firstRow);
    const deviceId = await getOwnDeviceId(db);
    expect(await listReviewsForCard(db, CARD)).toEqual([{ ...review, deviceId }]);
    expect(await loadNewCardIds()).not.toContain(CARD);
  });

  it('refuses a rating computed from a row another tab has replaced, writing nothing', async () => {
    await saveRating(db, {
      schedule: firstRow,
      review: makeReview(null, firstRow, NOW),
      expectedBefore: null,
    });
    // This tab still thinks the card is new.
    const late = makeReview(null, secondRow, NOW + 1000);
    const error = await saveRating(db, {
      schedule: secondRow,
      review: late,
      expectedBefore: null,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleCardError);
    expect(error).toMatchObject({ cardId: CARD, current: firstRow });
    expect(await db.schedule.get(CARD)).toEqual(firstRow);
    expect(await db.reviews.get(late.id)).toBeUndefined();
  });

  it('accepts the rating again once recomputed from the fresh row', async () => {
    await saveRating(db, {
      schedule: firstRow,
      review: makeReview(null, firstRow, NOW),
      expectedBefore: null,
    });
    await saveRating(db, {
      schedule: secondRow,
      review: makeReview(firstRow, secondRow, NOW + 1000),
      expectedBefore: structuredClone(firstRow),
    });
    expect(await db.schedule.get(CARD)).toEqual(secondRow);
    expect(await db.reviews.count()).toBe(2);
  });

  it('never applies the same review twice', async () => {
    const review = makeReview(null, firstRow, NOW);
    await saveRating(db, { schedule: firstRow, review, expectedBefore: null });
    await expect(
      saveRating(db, { schedule: firstRow, review, expectedBefore: null }),
    ).rejects.toBeInstanceOf(StaleCardError);
    expect(await db.reviews.count()).toBe(1);
  });

  it('deletes the row when a reset makes the card new again', async () => {
    await saveRating(db, {
      schedule: firstRow,
      review: makeReview(null, firstRow, NOW),
      expectedBefore: null,
    });
    await saveRating(db, {
      schedule: null,
      review: { ...makeReview(firstRow, firstRow, NOW + 1000), rating: 0 },
      expectedBefore: firstRow,
    });
    expect(await db.schedule.get(CARD)).toBeUndefined();
    expect((await loadNewCardIds())[0]).toBe(CARD);
  });

  it('leaves the database unchanged and explains when storage is full', async () => {
    await saveRating(db, {
      schedule: firstRow,
      review: makeReview(null, firstRow, NOW),
      expectedBefore: null,
    });
    const failOnWrite = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.reviews.hook('creating', failOnWrite);
    const error = await saveRating(db, {
      schedule: secondRow,
      review: makeReview(firstRow, secondRow, NOW + 1000),
      expectedBefore: firstRow,
    }).catch((e: unknown) => e);
    db.reviews.hook('creating').unsubscribe(failOnWrite);

    expect(describeStorageError(error)).toMatch(
      /storage is full.*not saved.*earlier progress is safe/i,
    );
    expect(await db.schedule.get(CARD)).toEqual(firstRow);
    expect(await db.reviews.count()).toBe(1);
  });

  it('rejects a schedule row that belongs to another card', async () => {
    const other = makeScheduleRow(`${DECK_ID}/what-is-cors`, DECK_ID);
    await expect(
      saveRating(db, {
        schedule: other,
        review: makeReview(null, firstRow, NOW),
        expectedBefore: null,
      }),
    ).rejects.toThrow(TypeError);
  });
});

describe('saveScheduleRow', () => {
  it("buries a new card: it keeps its place but leaves today's new cards", async () => {
    const buried = makeScheduleRow(CARD, DECK_ID, {
      state: State.New,
      reps: 0,
      buriedUntil: DAY_END,
    });
    await saveScheduleRow(db, buried);
    expect(await db.schedule.get(CARD)).toEqual(buried);
    expect(await loadNewCardIds()).not.toContain(CARD);
  });
});

describe('isSameScheduleRow', () => {
  it('compares every field, and null only with null', () => {
    expect(isSameScheduleRow(firstRow, { ...firstRow })).toBe(true);
    expect(isSameScheduleRow(firstRow, { ...firstRow, stability: 3.3 })).toBe(false);
    expect(isSameScheduleRow(firstRow, { ...firstRow, buriedUntil: NOW })).toBe(false);
    expect(isSameScheduleRow(null, firstRow)).toBe(false);
    expect(isSameScheduleRow(null, null)).toBe(true);
  });
});
