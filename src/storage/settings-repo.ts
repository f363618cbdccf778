import type { SchedulerSettings } from '../domain/scheduler/types';
import {
  type DeckLimitField,
  type DeckLimits,
  parseDeckLimits,
  setDeckLimit,
} from '../domain/settings/deck-limits';
import { readSchedulerSettings } from '../domain/settings/scheduler-settings-check';
import { DECK_LIMITS_KEY, SCHEDULER_KEY, THEME_KEY } from '../domain/settings/setting-keys';
import { parseTheme, type Theme } from '../domain/settings/theme';
import type { DrillbookDb } from './db';

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
 * The stored scheduler settings over `defaults`, each field checked by the Settings screen's own
 * rules: a field that is missing (saved by an older version) or breaks its rule (a hand-edited
 * backup) takes the default.
 */
export async function getSchedulerSettings(
  db: DrillbookDb,
  defaults: SchedulerSettings,
): Promise<SchedulerSettings> {
  return readSchedulerSettings(await getSetting(db, SCHEDULER_KEY), defaults).settings;
}

export async function saveSchedulerSettings(
  db: DrillbookDb,
  settings: SchedulerSettings,
): Promise<void> {
  await saveSetting(db, SCHEDULER_KEY, settings);
}

/**
 * Changes some scheduler settings and keeps the rest as stored, in one transaction, so that two
 * writers (this screen, the optimizer, another tab) never undo each other's fields.
 */
export async function updateSchedulerSettings(
  db: DrillbookDb,
  defaults: SchedulerSettings,
  changes: Partial<SchedulerSettings>,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await getSchedulerSettings(db, defaults);
    await saveSchedulerSettings(db, { ...current, ...changes });
  });
}

export async function getTheme(db: DrillbookDb): Promise<Theme> {
  return parseTheme(await getSetting(db, THEME_KEY));
}

export async function saveTheme(db: DrillbookDb, theme: Theme): Promise<void> {
  await saveSetting(db, THEME_KEY, theme);
}

/**
 * Each deck's own daily limits, by deck id; decks without any are absent. Returns Dexie's own
 * promise, not an async function's: a live query that awaits it keeps observing the reads that
 * follow (after awaiting a native promise, Dexie loses track of the live query's zone).
 */
export function getDeckLimits(db: DrillbookDb): Promise<DeckLimits> {
  return db.settings.get(DECK_LIMITS_KEY).then((row) => parseDeckLimits(row?.value));
}

/** Sets (or, with null, removes) one of a deck's own limits, leaving every other one as stored. */
export async function saveDeckLimit(
  db: DrillbookDb,
  deckId: string,
  field: DeckLimitField,
  value: number | null,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const limits = setDeckLimit(await getDeckLimits(db), deckId, field, value);
    await saveSetting(db, DECK_LIMITS_KEY, limits);
  });
}
