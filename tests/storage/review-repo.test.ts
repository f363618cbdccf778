import { afterEach, describe, expect, it } from 'vitest';
import { State } from '../../src/domain/card-state';
import type { DrillbookDb } from '../../src/storage/db';
import { getOwnDeviceId } from '../../src/storage/device-repo';
import { listReviewsForCard, undoLastReview } from '../../src/storage/review-repo';
import { saveRating } from '../../src/storage/schedule-repo';
import { DECK_ID } from '../domain/deck-sync/sample-bank';
import {
  createTestDatabase,
  DAY,
  makeDatabaseName,
  makeReview,
  makeScheduleRow,
  NOW,
} from './test-db';

const A = `${DECK_ID}/a`;
const B = `${DECK_ID}/b`;

let db: DrillbookDb;
afterEach(() => db.close());

describe('undoLastReview', () => {
  it('returns null when there is nothing to undo', async () => {
    db = createTestDatabase();
    expect(await undoLastReview(db)).toBeNull();
  });

  it('restores the exact row before the last rating, even after a reload', async () => {
    const name = makeDatabaseName();
    db = createTestDatabase(name);
    const first = makeScheduleRow(A, DECK_ID, {
      state: State.Learning,
      reps: 1,
      due: NOW + 60_000,
    });
    const second = makeScheduleRow(A, DECK_ID, {
      state: State.Review,
      reps: 2,
      due: NOW + 4 * DAY,
      stability: 4.5,
    });
    await saveRating(db, {
      schedule: first,
      review: makeReview(null, first, NOW),
      expectedBefore: null,
    });
    await saveRating(db, {
      schedule: second,
      review: makeReview(first, second, NOW + 120_000),
      expectedBefore: first,
    });
    db.close();

    db = createTestDatabase(name);
    expect(await undoLastReview(db)).toEqual({ cardId: A });
    expect(await db.schedule.get(A)).toEqual(first);
    expect(await listReviewsForCard(db, A)).toHaveLength(1);

    expect(await undoLastReview(db)).toEqual({ cardId: A });
    expect(await db.schedule.get(A)).toBeUndefined();
    expect(await db.reviews.count()).toBe(0);
  });

  it("undoes this device's newest review first, breaking equal times by id", async () => {
    db = createTestDatabase();
    const deviceId = await getOwnDeviceId(db);
    const rowA = makeScheduleRow(A, DECK_ID);
    const rowB = makeScheduleRow(B, DECK_ID);
    const reviewB = { ...makeReview(null, rowB, NOW), deviceId };
    const reviewA = { ...makeReview(null, rowA, NOW), id: `${reviewB.id}-later`, deviceId };
    const older = { ...makeReview(null, rowB, NOW - DAY), deviceId };
    await db.reviews.bulkAdd([reviewA, older, reviewB]);
    expect(await undoLastReview(db)).toEqual({ cardId: A });
    expect(await undoLastReview(db)).toEqual({ cardId: B });
    expect((await db.reviews.toArray()).map((r) => r.id)).toEqual([older.id]);
  });
});

describe('listReviewsForCard', () => {
  it("lists only that card's reviews, oldest first", async () => {
    db = createTestDatabase();
    const rowA = makeScheduleRow(A, DECK_ID);
    const late = makeReview(null, rowA, NOW);
    const early = makeReview(null, rowA, NOW - DAY);
    await db.reviews.bulkAdd([late, makeReview(null, makeScheduleRow(B, DECK_ID), NOW), early]);
    expect((await listReviewsForCard(db, A)).map((r) => r.id)).toEqual([early.id, late.id]);
  });
});
