import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReviewSession } from '../../src/data/review-session/live-review-session';
import { parseBackupJson } from '../../src/domain/deck-import/parse-backup';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import { restoreBackup } from '../../src/storage/backup';
import type { DrillbookDb } from '../../src/storage/db';
import { getSchedulerSettings } from '../../src/storage/settings-repo';
import {
  EXPORTED_AT,
  makeBackup,
  makeReviewRow,
  makeSchedule,
  makeStoredCard,
} from '../domain/deck-import/backup-sample';
import { createTestDatabase } from './test-db';

const HOUR = 3_600_000;
const now = EXPORTED_AT + 2 * HOUR;

/** Runs `test` on an empty database of its own, closed afterwards. */
async function onFreshDevice<T>(test: (db: DrillbookDb) => Promise<T>): Promise<T> {
  const db = createTestDatabase();
  try {
    return await test(db);
  } finally {
    db.close();
  }
}

/** Restores the file's text as Restore backup does; null when the file is refused. */
async function restoreText(db: DrillbookDb, text: string) {
  const parsed = parseBackupJson(text, 'backup.json');
  if (!parsed.ok) return null;
  return restoreBackup(db, parsed.backup, 'backup.json');
}

/**
 * What the Review screen does: read the settings, start a session, show the first card (or the
 * "next card is due" date), rate it Good, and show the next one.
 */
async function reviewOneCard(db: DrillbookDb): Promise<'rated' | 'nothing due'> {
  const settings = await getSchedulerSettings(db, defaultSchedulerSettings);
  const session = createReviewSession(db, { settings });
  try {
    const first = await session.next(now);
    if (first.nextDueAt !== null) new Date(first.nextDueAt).toISOString();
    if (first.current === null) return 'nothing due';
    for (const preview of Object.values(first.current.previews)) {
      expect(Number.isFinite(preview.due)).toBe(true);
    }
    const outcome = await session.rate({
      shown: first.current,
      rating: 3,
      mode: 'review',
      now,
      durationMs: 2000,
      reviewId: 'rated-after-restore',
    });
    expect(outcome).toBe('saved');
    await session.next(now + 1000);
    return 'rated';
  } finally {
    session.dispose();
  }
}

/** The sample backup with one more card, due now, so Review always has a card to show. */
function backupWithDueCard() {
  const backup = makeBackup();
  const due = makeStoredCard('due', 'web', 2);
  return {
    ...backup,
    cards: [...backup.cards, due],
    schedule: [...backup.schedule, { ...makeSchedule(due.id), due: now - HOUR }],
  };
}

describe('restoring a tampered backup', () => {
  it('leaves out absurd rows and unknown references, and Review still rates a card', async () => {
    const backup = backupWithDueCard();
    const tampered = {
      ...backup,
      schedule: [
        ...backup.schedule,
        { ...makeSchedule('web/tcp'), due: 1e20, stability: 1e308 },
        { ...makeSchedule('web/dns'), stability: -4, difficulty: -2 },
      ],
      reviews: [...backup.reviews, makeReviewRow('ghost', 'web/no-such-card')],
      settings: [{ key: 'scheduler', value: { learningSteps: ['garbage'] } }],
    };
    await onFreshDevice(async (db) => {
      const summary = await restoreText(db, JSON.stringify(tampered));
      expect(summary).not.toBeNull();
      expect(await reviewOneCard(db)).toBe('rated');
      expect(await db.reviews.get('ghost')).toBeUndefined();
      expect((await getSchedulerSettings(db, defaultSchedulerSettings)).learningSteps).toEqual(
        defaultSchedulerSettings.learningSteps,
      );
    });
  });

  it('counts what was stored, a repeated row once', async () => {
    const backup = backupWithDueCard();
    const review = backup.reviews[0];
    const card = backup.cards[0];
    if (!review || !card) throw new Error('the sample has a card and a review');
    const repeated = { ...backup, cards: [...backup.cards, card], reviews: [review, review] };
    await onFreshDevice(async (db) => {
      const summary = await restoreText(db, JSON.stringify(repeated));
      expect(summary).toMatchObject({
        cards: await db.cards.count(),
        reviews: await db.reviews.count(),
      });
      expect(summary).toMatchObject({ cards: 3, reviews: 1 });
    });
  });
});

// Values a tampered or corrupted file may hold in place of a number: absurd but finite, out of
// range, of the wrong type.
const hostileNumber = fc.oneof(
  fc.constantFrom(1e20, 1e308, -1e308, -1, -0.5, 0, 2.5, 8.64e15 + 1, Number.MAX_SAFE_INTEGER),
  fc.constantFrom('NaN', 'Infinity', '12', null, true, [], {}),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const scheduleFields = [
  'due',
  'stability',
  'difficulty',
  'elapsedDays',
  'scheduledDays',
  'learningSteps',
  'reps',
  'lapses',
  'state',
  'lastReview',
  'buriedUntil',
] as const;
const reviewFields = [
  'reviewedAt',
  'durationMs',
  'rating',
  'stability',
  'difficulty',
  'due',
] as const;
const hostileSettings = fc.record({
  learningSteps: fc.oneof(
    fc.constant(['garbage']),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.constant([1, 2]),
  ),
  desiredRetention: hostileNumber,
  newCardsPerDay: hostileNumber,
  maxReviewsPerDay: hostileNumber,
  dayStartHour: hostileNumber,
  maximumIntervalDays: hostileNumber,
  weights: fc.oneof(fc.constant('w'), fc.array(hostileNumber, { maxLength: 3 })),
});
const cardIdOf = fc.constantFrom('web/dns', 'web/tcp', 'web/due', 'web/unknown', '', 'other/x');

const hostileBackup = fc.record({
  schedule: fc.array(
    fc.record({
      cardId: cardIdOf,
      field: fc.constantFrom(...scheduleFields),
      value: hostileNumber,
    }),
    { maxLength: 4 },
  ),
  reviews: fc.array(
    fc.record({
      cardId: cardIdOf,
      field: fc.constantFrom(...reviewFields),
      value: hostileNumber,
      isRepeated: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  settings: hostileSettings,
  deckOfSecondCard: fc.constantFrom('web', 'nowhere'),
});

describe('restoring hostile backups (property)', () => {
  it('keeps Review working after every one of them', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBackup, async (hostile) => {
        const backup = backupWithDueCard();
        const schedule = hostile.schedule.map(({ cardId, field, value }) => ({
          ...makeSchedule(cardId),
          [field]: value,
        }));
        const reviews = hostile.reviews.flatMap(({ cardId, field, value, isRepeated }, i) => {
          const review = { ...makeReviewRow(`hostile-${i}`, cardId, now - HOUR), [field]: value };
          return isRepeated ? [review, review] : [review];
        });
        const cards = backup.cards.map((card, i) =>
          i === 1 ? { ...card, deckId: hostile.deckOfSecondCard } : card,
        );
        const file = {
          ...backup,
          cards,
          schedule: [...schedule, ...backup.schedule],
          reviews: [...backup.reviews, ...reviews],
          settings: [{ key: 'scheduler', value: hostile.settings }],
        };
        await onFreshDevice(async (db) => {
          await restoreText(db, JSON.stringify(file));
          const outcome = await reviewOneCard(db);
          expect(['rated', 'nothing due']).toContain(outcome);
          const cardIds = new Set((await db.cards.toArray()).map((card) => card.id));
          const reviewCards = (await db.reviews.toArray()).map((review) => review.cardId);
          expect(reviewCards.filter((id) => !cardIds.has(id))).toEqual([]);
        });
      }),
      { seed: 42, numRuns: 60 },
    );
  });
});
