import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadReviewSnapshot,
  type ReviewSnapshot,
} from '../../../src/data/review-session/review-session';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import type { DrillbookDb } from '../../../src/storage/db';
import { createTestDatabase, NOW } from '../../storage/test-db';
import { makeDeck, seedDeck } from '../../support/test-database';

let db: DrillbookDb;
beforeEach(async () => {
  db = createTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3), NOW);
});
afterEach(() => db.close());

/** The snapshots a live query emits, and a way to wait for the next one that matches. */
function watchSnapshots() {
  const seen: ReviewSnapshot[] = [];
  const waiters: { match: (s: ReviewSnapshot) => boolean; resolve: () => void }[] = [];
  const subscription = liveQuery(() =>
    loadReviewSnapshot(db, { now: NOW, settings: defaultSchedulerSettings, pinnedCardId: null }),
  ).subscribe((snapshot) => {
    seen.push(snapshot);
    for (const waiter of waiters) if (waiter.match(snapshot)) waiter.resolve();
  });
  const next = (match: (s: ReviewSnapshot) => boolean) =>
    new Promise<void>((resolve, reject) => {
      if (seen.some(match)) return resolve();
      waiters.push({ match, resolve });
      setTimeout(() => reject(new Error('no matching snapshot')), 3000);
    });
  return { next, stop: () => subscription.unsubscribe() };
}

describe('the review snapshot as a live query', () => {
  it('shows an edit of the card on screen at once (the head card read is observed too)', async () => {
    const watch = watchSnapshots();
    try {
      await watch.next((s) => s.current?.card.question === 'What is topic 1?');
      await db.cards.update('alpha/what-is-topic-1', { question: 'What is topic one?' });
      await expect(
        watch.next((s) => s.current?.card.question === 'What is topic one?'),
      ).resolves.toBeUndefined();
    } finally {
      watch.stop();
    }
  });
});
