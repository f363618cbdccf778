import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReviewSnapshot } from '../../../src/data/review-session/review-session';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import type { DrillbookDb } from '../../../src/storage/db';
import { saveDeckLimit } from '../../../src/storage/settings-repo';
import { createTestDatabase, NOW } from '../../storage/test-db';
import { makeDeck, seedDeck } from '../../support/test-database';

let db: DrillbookDb;
beforeEach(async () => {
  db = createTestDatabase();
  await seedDeck(db, makeDeck('alpha', 6), NOW);
  await seedDeck(db, makeDeck('beta', 6), NOW);
});
afterEach(() => db.close());

const snapshotCounts = async () =>
  (
    await loadReviewSnapshot(db, {
      now: NOW,
      settings: { ...defaultSchedulerSettings, newCardsPerDay: 5 },
      pinnedCardId: null,
    })
  ).counts;

describe("today's queue with a deck's own limit", () => {
  it("takes at most the capped deck's share of new cards, the global limit the rest", async () => {
    expect((await snapshotCounts()).new).toBe(5);
    await saveDeckLimit(db, 'alpha', 'newCardsPerDay', 0);
    await saveDeckLimit(db, 'beta', 'newCardsPerDay', 2);
    expect((await snapshotCounts()).new).toBe(2);
    await saveDeckLimit(db, 'alpha', 'newCardsPerDay', null);
    expect((await snapshotCounts()).new).toBe(5);
  });
});
