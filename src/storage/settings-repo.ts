import type { SchedulerSettings } from '../domain/scheduler/types';
import type { DrillbookDb } from './db';

const SCHEDULER_KEY = 'scheduler';

/** Every settings row, as stored (values unchecked). */
export async function getSettings(db: DrillbookDb): Promise<Record<string, unknown>> {
  const rows = await db.settings.toArray();
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

export async function getSetting(db: DrillbookDb, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function saveSetting(db: DrillbookDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/**
 * The stored scheduler settings over `defaults`: a field that is missing (saved by an older
 * version) or of the wrong type (a hand-edited backup) takes the default.
 */
export async function getSchedulerSettings(
  db: DrillbookDb,
  defaults: SchedulerSettings,
): Promise<SchedulerSettings> {
  const stored = await getSetting(db, SCHEDULER_KEY);
  if (typeof stored !== 'object' || stored === null) return { ...defaults };
  const pick = <K extends keyof SchedulerSettings>(
    key: K,
    isValid: (value: unknown) => value is SchedulerSettings[K],
  ): SchedulerSettings[K] => {
    const value: unknown = Reflect.get(stored, key);
    return isValid(value) ? value : defaults[key];
  };
  return {
    desiredRetention: pick('desiredRetention', (v) => isNumberIn(v, 0.01, 0.99)),
    maximumIntervalDays: pick('maximumIntervalDays', (v) => isNumberIn(v, 1, 36500)),
    isFuzzEnabled: pick('isFuzzEnabled', (v) => typeof v === 'boolean'),
    learningSteps: pick('learningSteps', isStringArray),
    relearningSteps: pick('relearningSteps', isStringArray),
    newCardsPerDay: pick('newCardsPerDay', (v) => isNumberIn(v, 0, 100000)),
    maxReviewsPerDay: pick('maxReviewsPerDay', (v) => isNumberIn(v, 0, 100000)),
    dayStartHour: pick(
      'dayStartHour',
      (v): v is number => isNumberIn(v, 0, 23) && Number.isInteger(v),
    ),
    weights: pick('weights', (v) => v === null || isNumberArray(v)),
  };
}

export async function saveSchedulerSettings(
  db: DrillbookDb,
  settings: SchedulerSettings,
): Promise<void> {
  await saveSetting(db, SCHEDULER_KEY, settings);
}

function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isNumberArray(value: unknown): value is number[] {
  return (
    Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item))
  );
}
