import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackupJson } from '../../src/domain/deck-import/parse-backup';
import type { SchedulerSettings } from '../../src/domain/scheduler/types';
import { exportBackup, restoreBackup, serializeBackup } from '../../src/storage/backup';
import type { DrillbookDb } from '../../src/storage/db';
import {
  getDeckLimits,
  getSchedulerSettings,
  getSetting,
  getSettings,
  getTheme,
  saveDeckLimit,
  saveSchedulerSettings,
  saveSetting,
  saveTheme,
  updateSchedulerSettings,
} from '../../src/storage/settings-repo';
import { makeDeck, seedDeck } from '../support/test-database';
import { createTestDatabase, NOW } from './test-db';

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
const others: DrillbookDb[] = [];
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => {
  db.close();
  for (const other of others.splice(0)) other.close();
});

function otherDevice(): DrillbookDb {
  const other = createTestDatabase();
  others.push(other);
  return other;
}

/** Export from one device and restore on another, through the file's text as a user would. */
async function carryBackup(from: DrillbookDb, to: DrillbookDb): Promise<void> {
  const parsed = parseBackupJson(serializeBackup(await exportBackup(from, NOW)), 'backup.json');
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  await restoreBackup(to, parsed.backup, 'backup.json');
}

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

describe('settings the Settings screen writes', () => {
  it('changes only the scheduler fields given, keeping the others as stored', async () => {
    await saveSchedulerSettings(db, { ...defaults, weights: [0.4, 1.2], newCardsPerDay: 7 });
    await updateSchedulerSettings(db, defaults, { desiredRetention: 0.85 });
    await updateSchedulerSettings(db, defaults, { learningSteps: ['2m'] });
    expect(await getSchedulerSettings(db, defaults)).toEqual({
      ...defaults,
      weights: [0.4, 1.2],
      newCardsPerDay: 7,
      desiredRetention: 0.85,
      learningSteps: ['2m'],
    });
  });

  it('keeps both of two changes made at the same time', async () => {
    await Promise.all([
      updateSchedulerSettings(db, defaults, { newCardsPerDay: 3 }),
      updateSchedulerSettings(db, defaults, { maxReviewsPerDay: 30 }),
    ]);
    const stored = await getSchedulerSettings(db, defaults);
    expect([stored.newCardsPerDay, stored.maxReviewsPerDay]).toEqual([3, 30]);
  });

  it('stores the theme, following the system until one is chosen', async () => {
    expect(await getTheme(db)).toBe('system');
    await saveTheme(db, 'dark');
    expect(await getTheme(db)).toBe('dark');
    await saveSetting(db, 'theme', 'neon');
    expect(await getTheme(db)).toBe('system');
  });

  it("stores each deck's own limits under one key, one field at a time", async () => {
    expect(await getDeckLimits(db)).toEqual({});
    await saveDeckLimit(db, 'a', 'newCardsPerDay', 5);
    await saveDeckLimit(db, 'a', 'maxReviewsPerDay', 50);
    await saveDeckLimit(db, 'b', 'newCardsPerDay', 0);
    expect(await getDeckLimits(db)).toEqual({
      a: { newCardsPerDay: 5, maxReviewsPerDay: 50 },
      b: { newCardsPerDay: 0 },
    });
    await saveDeckLimit(db, 'a', 'newCardsPerDay', null);
    await saveDeckLimit(db, 'b', 'newCardsPerDay', null);
    expect(await getSetting(db, 'deckLimits')).toEqual({ a: { maxReviewsPerDay: 50 } });
  });
});

describe('settings in the backup', () => {
  async function configure(device: DrillbookDb): Promise<void> {
    await seedDeck(device, makeDeck('alpha', 2), NOW);
    await updateSchedulerSettings(device, defaults, {
      desiredRetention: 0.85,
      newCardsPerDay: 7,
      learningSteps: ['2m', '15m'],
      dayStartHour: 6,
      isFuzzEnabled: false,
    });
    await saveTheme(device, 'dark');
    await saveDeckLimit(device, 'alpha', 'newCardsPerDay', 3);
  }

  it('restores every setting on a new device exactly', async () => {
    await configure(db);
    const fresh = otherDevice();
    await carryBackup(db, fresh);
    expect(await getSettings(fresh)).toEqual(await getSettings(db));
    expect(await getTheme(fresh)).toBe('dark');
    expect(await getDeckLimits(fresh)).toEqual({ alpha: { newCardsPerDay: 3 } });
    expect((await getSchedulerSettings(fresh, defaults)).learningSteps).toEqual(['2m', '15m']);
  });

  it("keeps this device's settings when merging, taking only the keys it lacks", async () => {
    await configure(db);
    const used = otherDevice();
    await seedDeck(used, makeDeck('beta', 2), NOW);
    await saveTheme(used, 'light');
    await carryBackup(db, used);
    expect(await getTheme(used)).toBe('light');
    expect(await getDeckLimits(used)).toEqual({ alpha: { newCardsPerDay: 3 } });
    expect((await getSchedulerSettings(used, defaults)).newCardsPerDay).toBe(7);
  });
});
