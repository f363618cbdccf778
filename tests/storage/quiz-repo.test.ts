import { afterEach, describe, expect, it } from 'vitest';
import { startMockSession, updateCurrentAnswer } from '../../src/domain/quiz/mock-session';
import { syncDecks } from '../../src/storage/bank-sync';
import { setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import {
  clearMockSession,
  getCardsById,
  listCardTags,
  listQuizCards,
  loadMockSession,
  recordPractice,
  saveMockSession,
} from '../../src/storage/quiz-repo';
import { saveScheduleRow } from '../../src/storage/schedule-repo';
import { makeDeck } from '../support/test-database';
import { createTestDatabase, makeDatabaseName, makeScheduleRow, NOW } from './test-db';

let db: DrillbookDb;
afterEach(() => db.close());

async function seed(): Promise<void> {
  const beta = makeDeck('beta', 2);
  beta.cards[1]?.tags.push('hard');
  await syncDecks(db, [makeDeck('alpha', 3), beta], 'import', NOW);
}

function practice(cardId: string, mode: 'choice' | 'cram' | 'write', rating: 1 | 3 = 3) {
  return {
    cardId,
    deckId: cardId.split('/')[0] ?? '',
    rating,
    mode,
    now: NOW,
    durationMs: 2000,
    reviewId: `r-${cardId}-${mode}-${rating}`,
  };
}

describe('recordPractice', () => {
  it('adds a review row with its mode and leaves the schedule table exactly as it was', async () => {
    db = createTestDatabase();
    await seed();
    const [first, second] = await listQuizCards(db, ['alpha']);
    if (!first || !second) throw new Error('seed failed');
    await saveScheduleRow(db, makeScheduleRow(first.id, 'alpha'));
    const before = await db.schedule.toArray();

    await recordPractice(db, practice(first.id, 'choice', 1));
    await recordPractice(db, practice(second.id, 'cram'));

    expect(await db.schedule.toArray()).toEqual(before);
    const reviews = await db.reviews.orderBy('cardId').toArray();
    expect(reviews.map((r) => [r.cardId, r.mode, r.rating])).toEqual([
      [first.id, 'choice', 1],
      [second.id, 'cram', 3],
    ]);
    expect(reviews[0]?.before).toEqual(before[0]);
  });

  it('refuses a mode that would move the schedule', async () => {
    db = createTestDatabase();
    await seed();
    await expect(recordPractice(db, practice('alpha/x', 'write'))).rejects.toThrow(TypeError);
    expect(await db.reviews.count()).toBe(0);
  });
});

describe('cards and tags to quiz on', () => {
  it('lists active cards deck by deck in file order, all decks or the chosen ones', async () => {
    db = createTestDatabase();
    await seed();
    const all = await listQuizCards(db);
    expect(all.map((card) => card.question)).toEqual([
      'What is topic 1?',
      'What is topic 2?',
      'What is topic 3?',
      'What is topic 1?',
      'What is topic 2?',
    ]);
    expect(all.map((card) => card.deckId)).toEqual(['alpha', 'alpha', 'alpha', 'beta', 'beta']);
    expect((await listQuizCards(db, ['beta'])).map((card) => card.deckId)).toEqual([
      'beta',
      'beta',
    ]);
    expect(all[0]).not.toHaveProperty('newQueuePosition');

    await setCardStatus(db, all[1]?.id ?? '', 'suspended');
    expect(await listQuizCards(db, ['alpha'])).toHaveLength(2);
  });

  it('lists every tag once, and finds cards by id, skipping ids that are gone', async () => {
    db = createTestDatabase();
    await seed();
    expect(await listCardTags(db)).toEqual(['hard']);
    const found = await getCardsById(db, ['beta/what-is-topic-2', 'gone/card']);
    expect([...found.keys()]).toEqual(['beta/what-is-topic-2']);
  });
});

describe('the unfinished mock interview', () => {
  it('is saved, survives reopening the database, and is cleared', async () => {
    const name = makeDatabaseName();
    db = createTestDatabase(name);
    await seed();
    const cards = await listQuizCards(db);
    const session = updateCurrentAnswer(
      startMockSession({ id: 'm1', cards, secondsPerQuestion: 120, now: NOW }),
      { text: 'half an answer', timeUsedMs: 42_000 },
    );
    expect(await loadMockSession(db)).toBeNull();
    await saveMockSession(db, session);
    db.close();

    db = createTestDatabase(name);
    expect(await loadMockSession(db)).toEqual(session);
    await clearMockSession(db);
    expect(await loadMockSession(db)).toBeNull();
  });
});
