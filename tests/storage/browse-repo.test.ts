import { afterEach, describe, expect, it } from 'vitest';
import { State } from '../../src/domain/card-state';
import { rateCard } from '../../src/domain/scheduler/rate-card';
import { replayReviews } from '../../src/domain/scheduler/replay';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import { syncDecks } from '../../src/storage/bank-sync';
import {
  buryCardUntilNextDay,
  loadBrowseContent,
  loadBrowseSchedules,
  loadCardDetail,
  readBrowseContentKey,
  resetCardToNew,
} from '../../src/storage/browse-repo';
import { setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { loadQueueInput } from '../../src/storage/queue-repo';
import { undoLastReview } from '../../src/storage/review-repo';
import { saveRating } from '../../src/storage/schedule-repo';
import { makeDeck } from '../support/test-database';
import { createTestDatabase, DAY, DAY_END, DAY_START, NOW } from './test-db';

let db: DrillbookDb;
afterEach(() => db.close());

const settings = defaultSchedulerSettings;

async function seed(): Promise<void> {
  db = createTestDatabase();
  await syncDecks(db, [makeDeck('beta', 2), makeDeck('alpha', 3)], 'import', NOW);
}

async function rate(cardId: string, rating: 1 | 3, now: number, reviewId: string) {
  const before = (await db.schedule.get(cardId)) ?? null;
  const rated = rateCard({
    before,
    cardId,
    deckId: cardId.split('/')[0] ?? '',
    rating,
    now,
    reviewId,
    mode: 'review',
    durationMs: 3000,
    settings,
  });
  await saveRating(db, { ...rated, expectedBefore: before });
  return rated.schedule;
}

async function newCardIds(): Promise<string[]> {
  const input = await loadQueueInput(db, {
    now: NOW + 2 * DAY,
    dayStart: DAY_START + 2 * DAY,
    dayEnd: DAY_END + 2 * DAY,
    learnAheadMs: 0,
    newLimit: 100,
    reviewLimit: 100,
  });
  return input.newCards.map((card) => card.cardId);
}

describe('browse content', () => {
  it('reads every card but removed ones, with decks by title', async () => {
    await seed();
    await syncDecks(db, [makeDeck('alpha', 2)], 'import', NOW + 1);
    const content = await loadBrowseContent(db);
    expect(content.decks.map((deck) => deck.title)).toEqual(['Deck alpha', 'Deck beta']);
    expect(content.cards.map((card) => card.id).sort()).toEqual([
      'alpha/what-is-topic-1',
      'alpha/what-is-topic-2',
      'beta/what-is-topic-1',
      'beta/what-is-topic-2',
    ]);
  });

  it('keys content by decks and cards, so studying does not invalidate the index', async () => {
    await seed();
    const key = await readBrowseContentKey(db);
    await rate('alpha/what-is-topic-1', 3, NOW, 'r1');
    await setCardStatus(db, 'alpha/what-is-topic-2', 'suspended');
    expect(await readBrowseContentKey(db)).toBe(key);

    await syncDecks(db, [makeDeck('alpha', 4)], 'import', NOW + 1);
    const grown = await readBrowseContentKey(db);
    expect(grown).not.toBe(key);
    await syncDecks(db, [makeDeck('gamma', 1)], 'import', NOW + 2);
    expect(await readBrowseContentKey(db)).not.toBe(grown);
  });

  it('reads schedule rows and suspended cards', async () => {
    await seed();
    const row = await rate('beta/what-is-topic-2', 3, NOW, 'r1');
    await setCardStatus(db, 'alpha/what-is-topic-3', 'suspended');
    expect(await loadBrowseSchedules(db)).toEqual({
      rows: [row],
      suspendedIds: ['alpha/what-is-topic-3'],
    });
  });
});

describe('card detail', () => {
  it('gives the card, its deck title, schedule and reviews oldest first', async () => {
    await seed();
    await rate('alpha/what-is-topic-2', 1, NOW, 'z-first');
    const latest = await rate('alpha/what-is-topic-2', 3, NOW + 120_000, 'a-second');
    await rate('alpha/what-is-topic-1', 3, NOW, 'other-card');
    const detail = await loadCardDetail(db, 'alpha/what-is-topic-2');
    expect(detail?.card.question).toBe('What is topic 2?');
    expect(detail?.deckTitle).toBe('Deck alpha');
    expect(detail?.schedule).toEqual(latest);
    expect(detail?.reviews.map((review) => [review.id, review.rating])).toEqual([
      ['z-first', 1],
      ['a-second', 3],
    ]);
    expect(await loadCardDetail(db, 'alpha/nope')).toBeNull();
  });
});

describe('bury', () => {
  it('hides a card from the queue until the next study day, new cards included', async () => {
    await seed();
    const buried = await buryCardUntilNextDay(db, {
      cardId: 'alpha/what-is-topic-1',
      now: NOW,
      dayStartHour: 4,
      tzOffsetMinutes: 0,
    });
    expect(buried).toMatchObject({ state: State.New, buriedUntil: DAY_START + DAY });
    const input = await loadQueueInput(db, {
      now: NOW,
      dayStart: DAY_START,
      dayEnd: DAY_END,
      learnAheadMs: 0,
      newLimit: 100,
      reviewLimit: 100,
    });
    expect(input.newCards.map((card) => card.cardId)).not.toContain('alpha/what-is-topic-1');
    expect(await newCardIds()).toContain('alpha/what-is-topic-1');
    expect(
      await buryCardUntilNextDay(db, {
        cardId: 'alpha/nope',
        now: NOW,
        dayStartHour: 4,
        tzOffsetMinutes: 0,
      }),
    ).toBeNull();
  });
});

describe('reset', () => {
  it('writes a rating-0 review, makes the card new, and Undo brings the exact row back', async () => {
    await seed();
    const id = 'beta/what-is-topic-1';
    await rate(id, 3, NOW, 'r1');
    const before = await rate(id, 3, NOW + DAY, 'r2');

    const review = await resetCardToNew(db, { cardId: id, now: NOW + 2 * DAY, reviewId: 'reset' });
    expect(review).toMatchObject({ rating: 0, mode: 'review', before });
    expect(await db.schedule.get(id)).toBeUndefined();
    expect(await newCardIds()).toContain(id);
    const reviews = await db.reviews.where('cardId').equals(id).toArray();
    expect(replayReviews(id, 'beta', reviews, settings)).toBeNull();

    expect(await undoLastReview(db)).toEqual({ cardId: id });
    expect(await db.schedule.get(id)).toEqual(before);
    expect(await newCardIds()).not.toContain(id);
  });

  it('leaves a card that is already new alone', async () => {
    await seed();
    expect(
      await resetCardToNew(db, { cardId: 'beta/what-is-topic-2', now: NOW, reviewId: 'x' }),
    ).toBeNull();
    expect(await db.reviews.count()).toBe(0);
  });
});
