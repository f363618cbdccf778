import type { ScheduleRow } from '../domain/scheduler/types';

/** Another tab rated the card after this one read it. Recompute from `current` and save again. */
export class StaleCardError extends Error {
  override readonly name = 'StaleCardError';
  readonly cardId: string;
  readonly current: ScheduleRow | null;

  constructor(cardId: string, current: ScheduleRow | null) {
    super(`Card ${cardId} was rated in another tab first`);
    this.cardId = cardId;
    this.current = current;
  }
}

/** An older connection (another tab) keeps the database open, so a schema upgrade waits. */
export class UpgradeBlockedError extends Error {
  override readonly name = 'UpgradeBlockedError';

  constructor() {
    super('Database upgrade blocked by another open connection');
  }
}

const MESSAGES = {
  QuotaExceededError:
    'Storage is full, so this change was not saved. Your earlier progress is safe. ' +
    'Export a backup, free some space on this device (or remove decks you no longer use), then try again.',
  UpgradeBlockedError:
    'Drillbook was updated, but another tab still has the old version open. ' +
    'Close the other Drillbook tabs (or reload them) to finish the update.',
  VersionError:
    'A newer version of Drillbook has already updated your data in another tab. ' +
    'Reload this page to use the new version.',
  StaleCardError:
    'This card was just rated in another tab. Its latest state has been loaded, so nothing was lost.',
  DatabaseClosedError:
    'The connection to the local database was closed (by an update in another tab, or by the browser). ' +
    'Reload the page to continue; your saved progress is safe.',
  MissingAPIError:
    'This browser does not let Drillbook store data (private browsing can block it), so progress cannot be saved.',
} as const satisfies Record<string, string>;

type KnownName = keyof typeof MESSAGES;

// Dexie wraps native errors (`inner`), bulk operations collect them (`failures`), and
// aborted transactions carry the cause; the most specific known name anywhere wins.
const PRIORITY: readonly KnownName[] = [
  'QuotaExceededError',
  'UpgradeBlockedError',
  'VersionError',
  'StaleCardError',
  'DatabaseClosedError',
  'MissingAPIError',
];

const ALIASES: Record<string, KnownName> = { InvalidStateError: 'DatabaseClosedError' };

/** A plain message, for the user, about a failed storage operation. */
export function describeStorageError(error: unknown): string {
  const names = new Set(collectErrorNames(error, 0));
  const known = PRIORITY.find((name) => names.has(name));
  if (known !== undefined) return MESSAGES[known];
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `Drillbook could not read or save its data${detail}. Try again; if it keeps failing, export a backup.`;
}

const MAX_DEPTH = 5;
// The legacy DOMException code for QuotaExceededError, still set by some browsers.
const QUOTA_CODE = 22;

function collectErrorNames(error: unknown, depth: number): string[] {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return [];
  const names: string[] = [];
  const name = readProperty(error, 'name');
  if (typeof name === 'string') names.push(ALIASES[name] ?? name);
  if (readProperty(error, 'code') === QUOTA_CODE && name !== 'DataError') {
    names.push('QuotaExceededError');
  }
  const nested = [
    readProperty(error, 'inner'),
    readProperty(error, 'cause'),
    ...toValues(readProperty(error, 'failures')),
    ...toValues(readProperty(error, 'failuresByPos')),
  ];
  return names.concat(nested.flatMap((inner) => collectErrorNames(inner, depth + 1)));
}

function readProperty(value: object, key: string): unknown {
  return Reflect.get(value, key);
}

function toValues(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null) return Object.values(value);
  return [];
}
