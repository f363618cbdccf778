import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetCard } from '../../src/domain/scheduler/card-actions';
import { rateCard } from '../../src/domain/scheduler/rate-card';
import { replayReviews } from '../../src/domain/scheduler/replay';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import type {
  Rating,
  ReviewMode,
  ReviewRow,
  ScheduleRow,
  SchedulerSettings,
} from '../../src/domain/scheduler/types';
import { syncDecks } from '../../src/storage/bank-sync';
import type { DrillbookDb } from '../../src/storage/db';
import {
  countSchedulingReviews,
  listOptimizerReviews,
  rescheduleCards,
} from '../../src/storage/optimizer-repo';
import { saveRating, saveScheduleRow } from '../../src/storage/schedule-repo';
import { makeDeck } from '../support/test-database';
import { createTestDatabase, DAY, NOW } from './test-db';

const A = 'alpha/what-is-topic-1';
const B = 'alpha/what-is-topic-2';
const C = 'alpha/what-is-topic-3';

// A learner who forgets fast: first ratings give a fraction of the default stabilities.
const fastForgetting: SchedulerSettings = {
  ...defaultSchedulerSettings,
  weights: [
    0.07, 0.43, 0.77, 2.77, 6.4133, 0.8334, 3.0194, 0.001, 1.2, 0.1666, 0.796, 1.4835, 0.0614,
    0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ],
};

let db: DrillbookDb;
let reviewCount = 0;

beforeEach(async () => {
  db = createTestDatabase();
  await syncDecks(db, [makeDeck('alpha', 3)], 'import', NOW - 30 * DAY);
});
afterEach(() => db.close());

/** Rates as the app does (default parameters) and stores schedule and review together. */
async function rate(cardId: string, daysAgo: number, rating: Rating, mode: ReviewMode = 'review') {
  reviewCount += 1;
  const before = (await db.schedule.get(cardId)) ?? null;
  const rated = rateCard({
    before,
    cardId,
    deckId: 'alpha',
    rating,
    now: NOW - daysAgo * DAY,
    reviewId: `r-${String(reviewCount).padStart(4, '0')}`,
    mode,
    durationMs: 3000,
    settings: defaultSchedulerSettings,
  });
  if (mode === 'choice' || mode === 'cram') {
    await db.reviews.add(rated.review);
    return;
  }
  await saveRating(db, { schedule: rated.schedule, review: rated.review, expectedBefore: before });
}

async function reset(cardId: string, daysAgo: number) {
  reviewCount += 1;
  const before = (await db.schedule.get(cardId)) ?? null;
  const { schedule, review } = resetCard({
    before,
    cardId,
    deckId: 'alpha',
    now: NOW - daysAgo * DAY,
    reviewId: `r-${String(reviewCount).padStart(4, '0')}`,
  });
  await saveRating(db, { schedule, review, expectedBefore: before });
}

async function seedHistories(): Promise<void> {
  await rate(A, 20, 3);
  await rate(A, 17, 3);
  await rate(A, 8, 1);
  await rate(A, 7, 3, 'write');
  await rate(B, 15, 3, 'choice');
  await rate(B, 14, 4, 'cram');
  await rate(C, 12, 3);
  await reset(C, 11);
  await rate(C, 10, 2, 'mock');
}

describe('countSchedulingReviews', () => {
  it('counts ratings that moved a schedule: not practice, not resets', async () => {
    await seedHistories();
    expect(await db.reviews.count()).toBe(9);
    expect(await countSchedulingReviews(db)).toBe(6);
  });

  it('stops counting at the limit, which is all Optimize needs to know', async () => {
    await seedHistories();
    expect(await countSchedulingReviews(db, 4)).toBe(4);
  });
});

describe('listOptimizerReviews', () => {
  it('reads every review but practice, page by page, with only the fields training needs', async () => {
    await seedHistories();
    const progress: [number, number][] = [];
    const reviews = await listOptimizerReviews(db, {
      batchSize: 2,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(reviews.map((r) => r.id).sort()).toEqual(
      (await db.reviews.toArray())
        .filter((r) => r.mode !== 'choice' && r.mode !== 'cram')
        .map((r) => r.id)
        .sort(),
    );
    expect(reviews).toHaveLength(7);
    expect(Object.keys(reviews[0] ?? {}).sort()).toEqual([
      'cardId',
      'id',
      'mode',
      'rating',
      'reviewedAt',
    ]);
    expect(progress.at(-1)).toEqual([9, 9]);
    expect(progress.length).toBeGreaterThan(3);
  });
});

describe('rescheduleCards', () => {
  async function replayedWith(cardId: string, settings: SchedulerSettings) {
    const reviews: ReviewRow[] = await db.reviews.where('cardId').equals(cardId).toArray();
    return replayReviews(cardId, 'alpha', reviews, settings);
  }

  it('rebuilds each reviewed card from its history with the new parameters, keeping a bury', async () => {
    await seedHistories();
    const stored = (await db.schedule.get(A)) as ScheduleRow;
    await saveScheduleRow(db, { ...stored, buriedUntil: NOW + DAY });
    const progress: [number, number][] = [];

    const written = await rescheduleCards(db, fastForgetting, {
      batchSize: 1,
      onProgress: (done, total) => progress.push([done, total]),
    });

    expect(written).toBe(2);
    const expectedA = await replayedWith(A, fastForgetting);
    expect(await db.schedule.get(A)).toEqual({ ...expectedA, buriedUntil: NOW + DAY });
    // Faster forgetting: a shorter interval and a lower stability than the defaults gave.
    expect(expectedA?.stability).toBeLessThan(stored.stability);
    expect(expectedA?.due).toBeLessThan(stored.due);
    expect(await db.schedule.get(C)).toEqual(await replayedWith(C, fastForgetting));
    expect(await db.schedule.get(B)).toBeUndefined();
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('leaves a card as it is when its replay says it is new (its last event was a reset)', async () => {
    await rate(A, 5, 3);
    await reset(A, 4);
    expect(await rescheduleCards(db, fastForgetting)).toBe(0);
    expect(await db.schedule.get(A)).toBeUndefined();
  });

  it('takes a card out of the new queue when it gets a row it was missing', async () => {
    await rate(A, 5, 3);
    await db.schedule.delete(A);
    await db.cards.update(A, { newQueuePosition: 0 });

    expect(await rescheduleCards(db, fastForgetting)).toBe(1);
    expect(await db.schedule.get(A)).toEqual(await replayedWith(A, fastForgetting));
    expect((await db.cards.get(A))?.newQueuePosition).toBeUndefined();
  });
});
