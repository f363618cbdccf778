import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../src/storage/backup';
import type { DrillbookDb } from '../../src/storage/db';
import { getOwnDeviceId } from '../../src/storage/device-repo';
import { importDecks } from '../../src/storage/import-repo';
import { recordPractice } from '../../src/storage/quiz-repo';
import { undoLastReview } from '../../src/storage/review-repo';
import { makeDeck } from '../support/test-database';
import { MINUTE, rate } from './backup-fixture';
import { createTestDatabase, DAY, NOW } from './test-db';

const open: DrillbookDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function device(): Promise<DrillbookDb> {
  const db = createTestDatabase();
  open.push(db);
  await importDecks(db, [makeDeck('mine', 3)], NOW - 4 * DAY);
  return db;
}

describe('Undo is per device', () => {
  it("undoes this device's own rating, not a merged review dated in the future", async () => {
    const laptop = await device();
    const phone = await device();
    await rate(laptop, 'mine/what-is-topic-1', NOW - DAY, 'laptop-yesterday');
    // The phone's clock runs 10 minutes ahead.
    await rate(phone, 'mine/what-is-topic-2', NOW + 10 * MINUTE, 'phone-ahead');
    const summary = await restoreBackup(laptop, await exportBackup(phone, NOW), 'phone.json');
    expect(summary).toMatchObject({ mode: 'merged', newReviews: 1 });

    const beforeOwnRating = await laptop.schedule.get('mine/what-is-topic-3');
    await rate(laptop, 'mine/what-is-topic-3', NOW, 'laptop-now');
    expect(await undoLastReview(laptop)).toEqual({ cardId: 'mine/what-is-topic-3' });

    const ids = (await laptop.reviews.toArray()).map((review) => review.id).sort();
    expect(ids).toEqual(['laptop-yesterday', 'phone-ahead']);
    expect(await laptop.schedule.get('mine/what-is-topic-3')).toEqual(beforeOwnRating);
    expect(await laptop.schedule.get('mine/what-is-topic-2')).toEqual(
      await phone.schedule.get('mine/what-is-topic-2'),
    );
  });

  it("records the device on every review, and a backup keeps each review's device", async () => {
    const laptop = await device();
    const phone = await device();
    await rate(phone, 'mine/what-is-topic-1', NOW, 'phone-rating');
    await recordPractice(phone, {
      cardId: 'mine/what-is-topic-2',
      deckId: 'mine',
      rating: 3,
      mode: 'cram',
      now: NOW + MINUTE,
      durationMs: 2000,
      reviewId: 'phone-practice',
    });
    const phoneId = await getOwnDeviceId(phone);
    const laptopId = await getOwnDeviceId(laptop);
    expect(laptopId).not.toBe(phoneId);

    const backup = await exportBackup(phone, NOW + DAY);
    expect(backup.reviews.map((review) => review.deviceId)).toEqual([phoneId, phoneId]);
    await restoreBackup(laptop, backup, 'phone.json');
    const merged = await laptop.reviews.toArray();
    expect(merged.map((review) => review.deviceId)).toEqual([phoneId, phoneId]);
    // The restore did not make the laptop the phone: it has nothing of its own to undo.
    expect(await getOwnDeviceId(laptop)).toBe(laptopId);
    expect(await undoLastReview(laptop)).toBeNull();
    expect(await laptop.reviews.count()).toBe(2);
  });

  it('keeps one id per installation, across reopening', async () => {
    const db = createTestDatabase();
    open.push(db);
    const first = await getOwnDeviceId(db);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getOwnDeviceId(db, () => 'another')).toBe(first);
  });
});
