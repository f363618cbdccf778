import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createReviewSession,
  type ReviewSession,
} from '../../../src/data/review-session/live-review-session';
import {
  loadQueueHead,
  rateShownCard,
  type ShownCard,
} from '../../../src/data/review-session/review-session';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import type { Rating } from '../../../src/domain/scheduler/types';
import { setCardStatus } from '../../../src/storage/card-repo';
import type { DrillbookDb } from '../../../src/storage/db';
import { createTestDatabase, NOW } from '../../storage/test-db';
import { makeDeck, seedDeck } from '../../support/test-database';

const settings = defaultSchedulerSettings;
let db: DrillbookDb;
let session: ReviewSession;
let staleCalls: number;

beforeEach(async () => {
  db = createTestDatabase();
  await seedDeck(db, makeDeck('alpha', 4), NOW);
  staleCalls = 0;
  session = createReviewSession(db, { settings }, () => {
    staleCalls += 1;
  });
});
afterEach(() => {
  session.dispose();
  db.close();
});

async function headOf(now = NOW): Promise<ShownCard> {
  const { current } = await session.next(now);
  if (current === null) throw new Error('Nothing to review');
  return current;
}

function rateInSession(shown: ShownCard, rating: Rating, reviewId: string) {
  return session.rate({ shown, rating, mode: 'review', now: NOW, durationMs: 3000, reviewId });
}

/** A rating made outside the session, as another tab makes it. */
function rateElsewhere(shown: ShownCard, reviewId: string) {
  return rateShownCard(db, {
    shown,
    rating: 3,
    mode: 'review',
    now: NOW,
    durationMs: 1,
    reviewId,
    settings,
  });
}

describe('a review session', () => {
  it('reads the queue once, then moves on after each rating from memory', async () => {
    const first = await headOf();
    expect(first.card.id).toBe('alpha/what-is-topic-1');
    expect(await rateInSession(first, 4, 'r1')).toBe('saved');
    const second = await session.next(NOW);
    expect(second.current?.card.id).toBe('alpha/what-is-topic-2');
    expect(second.counts).toEqual({ new: 3, learning: 0, review: 0 });
    expect(session.countStarts()).toBe(1);
    expect(staleCalls).toBe(0);
    expect(await db.reviews.count()).toBe(1);
  });

  it('never shows a card rated elsewhere, and reads the queue again', async () => {
    const first = await headOf();
    expect(await rateElsewhere(first, 'elsewhere')).toBe('saved');
    expect(staleCalls).toBe(1);
    const next = await session.next(NOW + 1000);
    expect(next.current?.card.id).toBe('alpha/what-is-topic-2');
    expect(next.counts).toEqual({ new: 3, learning: 1, review: 0 });
    expect(session.countStarts()).toBe(2);
  });

  it('does not save a rating of a card another tab rated first', async () => {
    const first = await headOf();
    await rateElsewhere(first, 'other');
    expect(await rateInSession(first, 1, 'mine')).toBe('already-rated');
    expect(await db.reviews.get('mine')).toBeUndefined();
    expect((await session.next(NOW)).current?.card.id).toBe('alpha/what-is-topic-2');
  });

  it('leaves out a card suspended elsewhere', async () => {
    await headOf();
    await setCardStatus(db, 'alpha/what-is-topic-1', 'suspended');
    const next = await session.next(NOW);
    expect(next.current?.card.id).toBe('alpha/what-is-topic-2');
    expect(next.counts.new).toBe(3);
  });

  it('shows the card after a rating as its commit read it, as a read of its own would', async () => {
    await rateInSession(await headOf(), 4, 'r1');
    const second = await headOf(NOW + 1000);
    const item = { cardId: second.card.id, deckId: second.card.deckId };
    expect(second).toEqual(await loadQueueHead(db, item, NOW + 1000, settings));
    expect(second.deckTitle).toBe('Deck alpha');
  });

  it('leaves out the next card when it is suspended between the rating and showing it', async () => {
    await rateInSession(await headOf(), 4, 'r1');
    await setCardStatus(db, 'alpha/what-is-topic-2', 'suspended');
    const next = await session.next(NOW);
    expect(next.current?.card.id).toBe('alpha/what-is-topic-3');
    expect(next.counts.new).toBe(2);
  });

  it('shows the card an undo restored first', async () => {
    const first = await headOf();
    await rateInSession(first, 4, 'r1');
    expect((await session.next(NOW)).current?.card.id).toBe('alpha/what-is-topic-2');
    expect(await session.undo()).toBe(first.card.id);
    const next = await session.next(NOW);
    expect(next.current?.card.id).toBe(first.card.id);
    expect(next.current?.schedule).toBeNull();
    expect(next.counts.new).toBe(4);
  });

  it('reads the queue again on a new study day', async () => {
    await headOf();
    await headOf(NOW + 24 * 3_600_000);
    expect(session.countStarts()).toBe(2);
  });
});
