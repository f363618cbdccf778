import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncDecks } from '../../src/storage/bank-sync';
import { setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import {
  getInterviewDate,
  loadReadinessData,
  saveInterviewDate,
} from '../../src/storage/readiness-repo';
import { saveScheduleRow } from '../../src/storage/schedule-repo';
import { getSettings, saveSetting } from '../../src/storage/settings-repo';
import { makeDeck } from '../support/test-database';
import { createTestDatabase, makeScheduleRow, NOW } from './test-db';

let db: DrillbookDb;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

describe('readiness repository: data', () => {
  it('reads decks by title, active cards without their answers, and schedule rows', async () => {
    await syncDecks(db, [makeDeck('zeta', 2), makeDeck('alpha', 3)], 'import', NOW);
    await setCardStatus(db, 'alpha/what-is-topic-2', 'suspended');
    await saveScheduleRow(db, makeScheduleRow('alpha/what-is-topic-1', 'alpha'));

    const data = await loadReadinessData(db);

    expect(data.decks).toEqual([
      { id: 'alpha', title: 'Deck alpha' },
      { id: 'zeta', title: 'Deck zeta' },
    ]);
    expect(data.cards.map((card) => card.id).sort()).toEqual([
      'alpha/what-is-topic-1',
      'alpha/what-is-topic-3',
      'zeta/what-is-topic-1',
      'zeta/what-is-topic-2',
    ]);
    expect(data.cards.find((card) => card.id === 'alpha/what-is-topic-3')).toEqual({
      id: 'alpha/what-is-topic-3',
      deckId: 'alpha',
      tags: [],
      question: 'What is topic 3?',
      number: 3,
      position: 2,
      status: 'active',
    });
    expect(data.schedule.map((row) => row.cardId)).toEqual(['alpha/what-is-topic-1']);
  });

  it('reads nothing from an empty database', async () => {
    expect(await loadReadinessData(db)).toEqual({ decks: [], cards: [], schedule: [] });
  });
});

describe('readiness repository: interview date', () => {
  it('has no date until one is saved, then remembers it as a setting (so backups carry it)', async () => {
    expect(await getInterviewDate(db)).toBeNull();
    await saveInterviewDate(db, '2027-01-15');
    expect(await getInterviewDate(db)).toBe('2027-01-15');
    expect(await getSettings(db)).toMatchObject({ interviewDate: '2027-01-15' });
  });

  it('forgets the date when saved as null', async () => {
    await saveInterviewDate(db, '2027-01-15');
    await saveInterviewDate(db, null);
    expect(await getInterviewDate(db)).toBeNull();
    expect(await getSettings(db)).not.toHaveProperty('interviewDate');
  });

  it('refuses a date that is not a real day and keeps the one it had', async () => {
    await saveInterviewDate(db, '2027-01-15');
    await expect(saveInterviewDate(db, '2027-02-30')).rejects.toThrow(RangeError);
    expect(await getInterviewDate(db)).toBe('2027-01-15');
  });

  it('ignores a malformed stored value (say, from a hand-edited backup)', async () => {
    await saveSetting(db, 'interviewDate', 20270115);
    expect(await getInterviewDate(db)).toBeNull();
  });
});
