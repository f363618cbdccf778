import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrillbookDb } from '../../src/storage/db';
import { getLastExportAt, saveLastExportAt } from '../../src/storage/meta-repo';
import {
  getBackupReminderDismissedAt,
  getReviewSpan,
  saveBackupReminderDismissedAt,
} from '../../src/storage/pwa-repo';
import { createTestDatabase, DAY, makeReview, NOW } from './test-db';

let db: DrillbookDb;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

describe('getReviewSpan', () => {
  it('is empty without reviews', async () => {
    expect(await getReviewSpan(db)).toEqual({ firstReviewAt: null, lastReviewAt: null });
  });

  it('finds the first and the latest review, whatever order they were written in', async () => {
    const card = { cardId: 'a/1', deckId: 'a' };
    await db.reviews.bulkAdd([
      makeReview(null, card, NOW - DAY),
      makeReview(null, card, NOW - 9 * DAY),
      makeReview(null, card, NOW),
      makeReview(null, card, NOW - 3 * DAY),
    ]);
    expect(await getReviewSpan(db)).toEqual({ firstReviewAt: NOW - 9 * DAY, lastReviewAt: NOW });
  });
});

describe('backup bookkeeping', () => {
  it('keeps when the reminder was dismissed, apart from the last export time', async () => {
    expect(await getBackupReminderDismissedAt(db)).toBeNull();
    await saveBackupReminderDismissedAt(db, NOW);
    await saveLastExportAt(db, NOW - DAY);
    expect(await getBackupReminderDismissedAt(db)).toBe(NOW);
    expect(await getLastExportAt(db)).toBe(NOW - DAY);
  });

  it('reads a damaged value as never dismissed', async () => {
    await db.meta.put({ key: 'backupReminderDismissedAt', value: 'yesterday' });
    expect(await getBackupReminderDismissedAt(db)).toBeNull();
  });
});
