// After any sequence of the writes that change the review log, the per-day aggregates equal a
// count of the log made from scratch (docs/architecture.md, "Review aggregates").
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupFile } from '../../src/domain/deck-import/backup-format';
import { rateCard } from '../../src/domain/scheduler/rate-card';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import type { Rating, ReviewRow } from '../../src/domain/scheduler/types';
import { countReviewDays } from '../../src/domain/stats/review-days';
import { restoreBackup } from '../../src/storage/backup';
import { readAllTables, replaceAllTables, restoreTables } from '../../src/storage/backup-tables';
import { syncDecks } from '../../src/storage/bank-sync';
import { resetCardToNew } from '../../src/storage/browse-repo';
import { listCardsByDeck } from '../../src/storage/card-repo';
import { checkDatabase } from '../../src/storage/check-database-repo';
import { type DrillbookDb, REVIEW_DAYS_BUILD_KEY } from '../../src/storage/db';
import { recordPractice } from '../../src/storage/quiz-repo';
import { buildReviewDays, buildReviewDaysChunk } from '../../src/storage/review-days-build';
import { undoLastReview } from '../../src/storage/review-repo';
import { saveRating } from '../../src/storage/schedule-repo';
import { applySyncBatch } from '../../src/storage/sync-store';
import { makeDeck } from '../support/test-database';
import { createTestDatabase, NOW } from './test-db';

const SEED = 20_261_207;
const MINUTE = 60_000;
const START = NOW - 3 * 24 * 60 * MINUTE;

type Review = { card: number; minutes: number; rating: Rating };

const review = fc.record({
  card: fc.integer({ min: 0, max: 2 }),
  // Three days either side of midnight UTC, by the minute: quarter hours and days both change.
  minutes: fc.integer({ min: 0, max: 6 * 24 * 60 }),
  rating: fc.constantFrom<Rating>(1, 2, 3, 4),
});

const operation = fc.oneof(
  fc.record({ kind: fc.constant('rate' as const), review }),
  fc.record({ kind: fc.constant('reset' as const), review }),
  fc.record({
    kind: fc.constant('practice' as const),
    review,
    mode: fc.constantFrom('choice' as const, 'cram' as const),
  }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({
    kind: fc.constant('sync' as const),
    add: fc.array(review, { maxLength: 4 }),
    remove: fc.integer({ min: 0, max: 3 }),
    isOrphan: fc.boolean(),
    isRepeat: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('merge' as const), add: fc.array(review, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('replace' as const) }),
  fc.record({ kind: fc.constant('check' as const) }),
  fc.record({ kind: fc.constant('upgrade' as const) }),
  fc.record({ kind: fc.constant('build-step' as const), size: fc.integer({ min: 1, max: 3 }) }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

let db: DrillbookDb;
afterEach(() => db.close());

describe('the review aggregates', () => {
  it('equal a count of the log after any sequence of writes to it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (ops) => {
        db?.close();
        db = createTestDatabase();
        await syncDecks(db, [makeDeck('alpha', 3)], 'import', START - MINUTE);
        const cards = (await listCardsByDeck(db, 'alpha')).map((card) => card.id);
        const writer = createWriter(db, cards);
        for (const op of ops) await writer.apply(op);
        await buildReviewDays(db);
        const counted = countReviewDays(await db.reviews.toArray());
        expect(await db.reviewDays.toArray()).toEqual(counted);
      }),
      { seed: SEED, numRuns: 40 },
    );
  }, 120_000);
});

function createWriter(target: DrillbookDb, cards: readonly string[]) {
  let next = 0;
  const newId = (prefix: string) => {
    next += 1;
    return `${prefix}-${String(next).padStart(4, '0')}`;
  };
  const cardOf = ({ card }: Review) => cards[card] ?? 'alpha/none';
  const atOf = ({ minutes }: Review) => START + minutes * MINUTE;
  /** A review made elsewhere, as sync or a backup brings it: never rated here. */
  const foreign = (item: Review, cardId: string): ReviewRow => ({
    ...rateCard({
      before: null,
      cardId,
      deckId: cardId.split('/')[0] ?? '',
      rating: item.rating,
      now: atOf(item),
      reviewId: newId('phone'),
      mode: 'review',
      durationMs: 3000,
      settings: defaultSchedulerSettings,
    }).review,
    deviceId: 'phone',
  });

  async function apply(op: Operation): Promise<void> {
    const now = START + 7 * 24 * 60 * MINUTE;
    switch (op.kind) {
      case 'rate': {
        const cardId = cardOf(op.review);
        const before = (await target.schedule.get(cardId)) ?? null;
        const rated = rateCard({
          before,
          cardId,
          deckId: 'alpha',
          rating: op.review.rating,
          now: atOf(op.review),
          reviewId: newId('rate'),
          mode: 'review',
          durationMs: 5000,
          settings: defaultSchedulerSettings,
        });
        await saveRating(target, { ...rated, expectedBefore: before });
        return;
      }
      case 'reset':
        await resetCardToNew(target, {
          cardId: cardOf(op.review),
          now: atOf(op.review),
          reviewId: newId('reset'),
        });
        return;
      case 'practice':
        await recordPractice(target, {
          cardId: cardOf(op.review),
          deckId: 'alpha',
          rating: op.review.rating,
          mode: op.mode,
          now: atOf(op.review),
          durationMs: 2000,
          reviewId: newId('practice'),
        });
        return;
      case 'undo':
        await undoLastReview(target);
        return;
      case 'sync': {
        const stored = await target.reviews.toArray();
        const added = op.add.map((item) => foreign(item, op.isOrphan ? 'gone/card' : cardOf(item)));
        const repeated = op.isRepeat && stored[0] !== undefined ? [stored[0]] : [];
        await applySyncBatch(
          target,
          {
            decks: [],
            addReviews: [...added, ...repeated],
            removeReviewIds: stored
              .slice(Math.max(0, stored.length - op.remove))
              .map((row) => row.id),
            statuses: [],
            buries: [],
            settings: [],
            removeSettings: [],
          },
          now,
        );
        return;
      }
      case 'merge': {
        const data = await target.transaction('r', restoreTables(target), () =>
          readAllTables(target),
        );
        const incoming = op.add.map((item) => foreign(item, cardOf(item)));
        const file = createBackupFile({ ...data, reviews: [...data.reviews, ...incoming] }, now);
        await restoreBackup(target, file, 'backup.json');
        return;
      }
      case 'replace':
        await target.transaction('rw', restoreTables(target), async () => {
          await replaceAllTables(target, await readAllTables(target), {});
        });
        return;
      case 'check':
        await checkDatabase(target, now);
        return;
      case 'upgrade':
        // What the upgrade to version 4 leaves: aggregates that count nothing yet.
        await target.reviewDays.clear();
        await target.meta.put({ key: REVIEW_DAYS_BUILD_KEY, value: { before: -Infinity } });
        return;
      case 'build-step':
        await buildReviewDaysChunk(target, op.size);
        return;
    }
  }
  return { apply };
}
