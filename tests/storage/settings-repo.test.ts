import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SchedulerSettings } from '../../src/domain/scheduler/types';
import type { DrillbookDb } from '../../src/storage/db';
import {
  getSchedulerSettings,
  getSetting,
  getSettings,
  saveSchedulerSettings,
  saveSetting,
} from '../../src/storage/settings-repo';
import { createTestDatabase } from './test-db';

const defaults: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  isFuzzEnabled: true,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  newCardsPerDay: 20,
  maxReviewsPerDay: 200,
  dayStartHour: 4,
  weights: null,
};

let db: DrillbookDb;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

describe('settings repository', () => {
  it('gives the defaults before anything is saved', async () => {
    expect(await getSchedulerSettings(db, defaults)).toEqual(defaults);
  });

  it('keeps saved scheduler settings', async () => {
    const mine = { ...defaults, desiredRetention: 0.85, newCardsPerDay: 5, weights: [0.4, 1.2] };
    await saveSchedulerSettings(db, mine);
    expect(await getSchedulerSettings(db, defaults)).toEqual(mine);
  });

  it('falls back field by field when a stored value is missing or wrong', async () => {
    await saveSetting(db, 'scheduler', {
      desiredRetention: 'high',
      newCardsPerDay: 7,
      dayStartHour: 4.5,
    });
    expect(await getSchedulerSettings(db, defaults)).toEqual({ ...defaults, newCardsPerDay: 7 });
  });

  it('stores any other setting by key', async () => {
    await saveSetting(db, 'theme', 'dark');
    expect(await getSetting(db, 'theme')).toBe('dark');
    expect(await getSetting(db, 'missing')).toBeUndefined();
    expect(await getSettings(db)).toEqual({ theme: 'dark' });
  });
});
