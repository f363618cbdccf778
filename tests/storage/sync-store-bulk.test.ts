// A large pulled batch takes shortcuts (no read per row into an empty log, a replay from the
// batch itself): the data must come out exactly as through the row-by-row path.
import { describe, expect, it } from 'vitest';
import { rateCard } from '../../src/domain/scheduler/rate-card';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import type { ReviewRow, ScheduleRow } from '../../src/domain/scheduler/types';
import { countReviewDays } from '../../src/domain/stats/review-days';
import { syncDecks } from '../../src/storage/bank-sync';
import type { DrillbookDb } from '../../src/storage/db';
import { putReviews, reviewLogTables } from '../../src/storage/review-log';
import { applySyncBatch, type SyncBatch } from '../../src/storage/sync-store';
import { makeDeck } from '../support/test-database';
import { createTestDatabase, DAY, NOW } from './test-db';

const CARDS = 6;
const REVIEWS_PER_CARD = 1000;
/** Below the bulk shortcuts' threshold: the row-by-row path. */
const SMALL_BATCH = 1000;
const HOUR = 3_600_000;

/** A history of CARDS cards, each reviewed REVIEWS_PER_CARD times, as devices log it. */
function makeHistory(): ReviewRow[] {
  const reviews: ReviewRow[] = [];
  for (let c = 1; c <= CARDS; c += 1) {
    const cardId = `builtin/what-is-topic-${c}`;
    let before: ScheduleRow | null = null;
    for (let r = 0; r < REVIEWS_PER_CARD; r += 1) {
      const rated = rateCard({
        before,
        cardId,
        deckId: 'builtin',
        rating: r % 7 === 0 ? 1 : 3,
        now: NOW - 400 * DAY + r * 9 * HOUR + c * 1000,
        reviewId: `r-${c}-${r}`,
        mode: 'review',
        durationMs: 4000,
        settings: defaultSchedulerSettings,
      });
      reviews.push(rated.review);
      before = rated.schedule;
    }
  }
  return reviews;
}

function batchOf(reviews: ReviewRow[]): SyncBatch {
  return {
    decks: [],
    addReviews: reviews,
    removeReviewIds: [],
    statuses: [],
    buries: [],
    settings: [],
    removeSettings: [],
  };
}

async function createDevice(): Promise<DrillbookDb> {
  const db = createTestDatabase();
  await syncDecks(db, [makeDeck('builtin', CARDS)], 'builtin', NOW - 500 * DAY);
  return db;
}

async function readState(db: DrillbookDb) {
  const [schedule, cards, reviewDays, reviews] = await Promise.all([
    db.schedule.toArray(),
    db.cards.toArray(),
    db.reviewDays.toArray(),
    db.reviews.count(),
  ]);
  return { schedule, cards, reviewDays, reviews };
}

describe('a large pulled batch', () => {
  it('into a device without reviews ends as the same rows applied in small batches', async () => {
    const history = makeHistory();
    const whole = await createDevice();
    await applySyncBatch(whole, batchOf(history), NOW);
    const inSteps = await createDevice();
    for (let start = 0; start < history.length; start += SMALL_BATCH) {
      await applySyncBatch(inSteps, batchOf(history.slice(start, start + SMALL_BATCH)), NOW);
    }

    const state = await readState(whole);
    expect(state.reviews).toBe(CARDS * REVIEWS_PER_CARD);
    expect(state.schedule.map((row) => row.reps)).toEqual(
      Array.from({ length: CARDS }, () => REVIEWS_PER_CARD),
    );
    expect(state).toEqual(await readState(inSteps));
    expect(state.reviewDays).toEqual(countReviewDays(await whole.reviews.toArray()));
  });

  it('into a device that holds some of its reviews already counts each review once', async () => {
    const history = makeHistory();
    const db = await createDevice();
    await applySyncBatch(db, batchOf(history.slice(0, 2500)), NOW);
    await db.transaction('rw', reviewLogTables(db), () => putReviews(db, history));

    expect(await db.reviews.count()).toBe(history.length);
    expect(await db.reviewDays.toArray()).toEqual(countReviewDays(history));
  });
});
