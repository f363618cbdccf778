// Every doc pulled from a sync server is untrusted input: it is read field by field into a
// fresh doc, or refused with a reason that names it. Nothing of a refused doc is applied.
import type { DeckRow, StoredCard } from '../card-types';
import { readCardRow, readDeckRow, readReviewRow } from '../deck-import/backup-rows';
import {
  addProblem,
  createFieldProblems,
  type FieldProblems,
  isOneOf,
  isRecord,
} from '../deck-import/field-reader';
import type { ReviewRow } from '../scheduler/types';
import { checkReviewFields } from '../validation/schedule-checks';
import { validateCardRow, validateDeckRow } from '../validation/validate-rows';
import { validateSettingRow } from '../validation/validate-setting-row';
import {
  CARD_ACTION_TYPES,
  type CardAction,
  readDocOwner,
  type SettingChange,
  type SyncDoc,
  toSyncDay,
} from './sync-docs';
import { toSettingRows } from './sync-settings';

export type SyncDocRead = { ok: true; doc: SyncDoc } | { ok: false; id: string; reason: string };

/** More rows than any honest doc holds: a day of reviews, a deck chunk, a device's actions. */
export const MAX_ROWS_PER_DOC = 50_000;
/** How far ahead of this device's clock another device's clock may run. */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
const EARLIEST_TIME = Date.UTC(2000, 0, 1);

type RowCheck = { now: number };

/** The settings rows that sync; anything else from a server is refused. */
const SETTING_PATH = /^(scheduler\.[A-Za-z]+|deckLimits\.[^.]+|theme|interviewDate)$/;
const MAX_SETTING_TEXT = 10_000;

/**
 * The one place where pulled rows are checked beyond their shape (ranges, references): rows
 * that fail make the whole doc refused.
 */
export function checkSyncRows(
  rows: {
    reviews?: readonly ReviewRow[];
    cards?: readonly StoredCard[];
    deck?: DeckRow;
    settings?: readonly SettingChange[];
  },
  problems: FieldProblems,
  { now }: RowCheck,
): void {
  const latest = now + MAX_CLOCK_SKEW_MS;
  // The row validators a restored backup goes through, then what only sync adds.
  const context = { referenceTime: now, known: null };
  for (const review of rows.reviews ?? []) {
    const problem = checkReviewFields(review, context);
    if (problem !== null) addProblem(problems, `review ${review.id}: ${problem}`);
  }
  if (rows.deck !== undefined) {
    const deck = validateDeckRow(rows.deck, context);
    for (const problem of deck.problems) addProblem(problems, `deck ${rows.deck.id}: ${problem}`);
  }
  for (const card of rows.cards ?? []) {
    const checked = validateCardRow(card, context);
    if (checked.row === null) addProblem(problems, `card ${card.id}: ${checked.problems[0]}`);
  }
  for (const review of rows.reviews ?? []) {
    if (review.id === '' || review.cardId === '') addProblem(problems, 'a review has no id');
    if (review.reviewedAt < EARLIEST_TIME || review.reviewedAt > latest) {
      addProblem(problems, `review ${review.id} has an impossible time`);
    }
    if (review.durationMs < 0) addProblem(problems, `review ${review.id} has a negative duration`);
  }
  for (const card of rows.cards ?? []) {
    if (card.id === '' || card.deckId !== rows.deck?.id) {
      addProblem(problems, `card ${card.id} is not of the doc's deck`);
    }
  }
  for (const change of rows.settings ?? []) {
    const text = JSON.stringify(change.value) ?? '';
    if (!SETTING_PATH.test(change.path) || text.length > MAX_SETTING_TEXT) {
      addProblem(problems, `setting ${change.path.slice(0, 40)} is not one Drillbook syncs`);
      continue;
    }
    if (change.value === null) continue;
    const [row] = toSettingRows(new Map([[change.path, change.value]]));
    const checked = validateSettingRow(row);
    if (checked.row === null || checked.problems.length > 0) {
      addProblem(problems, `setting ${change.path}: ${checked.problems[0] ?? 'is not valid'}`);
    }
  }
  if (rows.deck !== undefined && rows.deck.source !== 'import') {
    addProblem(problems, 'only imported decks are synced');
  }
}

export function readSyncDoc(value: unknown, check: RowCheck): SyncDocRead {
  const id = isRecord(value) && typeof value._id === 'string' ? value._id : '(no id)';
  const refuse = (reason: string): SyncDocRead => ({ ok: false, id, reason });
  if (!isRecord(value)) return refuse('is not an object');
  const owner = readDocOwner(id);
  if (owner === null) return refuse('is not a Drillbook doc');
  if (value.deviceId !== owner) return refuse('names another device than its id');
  const problems = createFieldProblems();
  const doc = readByKind(value, id, owner, problems, check);
  if (doc === null || problems.count > 0) {
    return refuse(problems.list[0] ?? 'has an unknown kind or a wrong id');
  }
  return { ok: true, doc };
}

function readByKind(
  value: Record<string, unknown>,
  id: string,
  deviceId: string,
  problems: FieldProblems,
  check: RowCheck,
): SyncDoc | null {
  const rev = typeof value._rev === 'string' ? { _rev: value._rev } : {};
  const base = { _id: id, ...rev, deviceId };
  const list = (key: string): unknown[] => {
    const rows = value[key];
    if (!Array.isArray(rows) || rows.length > MAX_ROWS_PER_DOC) {
      addProblem(problems, `${key} should be a list of at most ${MAX_ROWS_PER_DOC} rows`);
      return [];
    }
    return rows;
  };
  const rows = <T>(key: string, read: (row: unknown, path: string, p: FieldProblems) => T | null) =>
    list(key).flatMap((row, i) => {
      const read_ = read(row, `${key}[${i}]`, problems);
      return read_ === null ? [] : [read_];
    });
  if (
    value.kind === 'reviews' &&
    typeof value.day === 'string' &&
    id === `reviews/${deviceId}/${value.day}`
  ) {
    const reviews = rows('reviews', readReviewRow);
    checkSyncRows({ reviews }, problems, check);
    if (reviews.some((review) => toSyncDay(review.reviewedAt) !== value.day)) {
      addProblem(problems, `a review is not of the day ${value.day}`);
    }
    return { ...base, kind: 'reviews', day: value.day, reviews };
  }
  if (value.kind === 'actions' && id === `actions/${deviceId}`) {
    return { ...base, kind: 'actions', actions: rows('actions', readCardAction) };
  }
  if (value.kind === 'settings' && id === `settings/${deviceId}`) {
    const changes = rows('changes', readSettingChange);
    checkSyncRows({ settings: changes }, problems, check);
    return { ...base, kind: 'settings', changes };
  }
  if (value.kind === 'deck') {
    const deck = readDeckRow(value.deck, 'deck', problems);
    const chunk = value.chunk;
    const chunkCount = value.chunkCount;
    if (
      deck === null ||
      !isCount(chunk) ||
      !isCount(chunkCount) ||
      chunk >= chunkCount ||
      id !== `deck/${deviceId}/${encodeURIComponent(deck.id)}/${chunk}`
    ) {
      return null;
    }
    const cards = rows('cards', readCardRow);
    checkSyncRows({ cards, deck }, problems, check);
    return { ...base, kind: 'deck', deck, chunk, chunkCount, cards };
  }
  return null;
}

function readCardAction(value: unknown, path: string, problems: FieldProblems): CardAction | null {
  if (
    !isRecord(value) ||
    typeof value.cardId !== 'string' ||
    !isOneOf(CARD_ACTION_TYPES, value.type) ||
    !isFiniteNumber(value.at) ||
    !(value.until === null || isFiniteNumber(value.until))
  ) {
    addProblem(problems, `${path} is not a card action`);
    return null;
  }
  return { cardId: value.cardId, type: value.type, at: value.at, until: value.until };
}

function readSettingChange(
  value: unknown,
  path: string,
  problems: FieldProblems,
): SettingChange | null {
  if (!isRecord(value) || typeof value.path !== 'string' || !isFiniteNumber(value.at)) {
    addProblem(problems, `${path} is not a setting change`);
    return null;
  }
  return { path: value.path, value: value.value ?? null, at: value.at };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100_000;
}
