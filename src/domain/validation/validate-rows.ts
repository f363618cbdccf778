// One validator per table, for every row that comes from outside: a backup's, an import's, a
// sync pull's. Each reads the row's fields by type (backup-rows.ts), then checks ranges and,
// when the context knows the ids, references. A row that fails is skipped, never repaired.
import type { DeckRow, StoredCard } from '../card-types';
import {
  readCardRow,
  readDeckRow,
  readReviewRow,
  readScheduleRow,
} from '../deck-import/backup-rows';
import { createFieldProblems, type FieldProblems } from '../deck-import/field-reader';
import type { ReviewRow, ScheduleRow } from '../scheduler/types';
import {
  describeTime,
  isCount,
  isPlausibleTime,
  MAX_ID_LENGTH,
  type RowCheck,
  type ValidationContext,
} from './row-check';
import { checkReviewFields, checkScheduleFields } from './schedule-checks';

type Reader<T> = (value: unknown, path: string, problems: FieldProblems) => T | null;

/** Reads the row by type, then runs `check`; the first problem skips the row. */
function validateWith<T>(
  value: unknown,
  read: Reader<T>,
  check: (row: T) => string | null,
): RowCheck<T> {
  const problems = createFieldProblems();
  const row = read(value, 'row', problems);
  if (row === null || problems.count > 0) {
    return {
      row: null,
      problems: problems.list.map((p) => p.replace(/^row\./, '').replace(/^row /, 'the row ')),
    };
  }
  const problem = check(row);
  return problem === null ? { row, problems: [] } : { row: null, problems: [problem] };
}

function checkId(name: string, id: string): string | null {
  return id === '' || id.length > MAX_ID_LENGTH ? `${name} is empty or too long` : null;
}

function checkDeckReference(deckId: string, context: ValidationContext): string | null {
  if (context.known === null || context.known.deckIds.has(deckId)) return null;
  return `its deck ${JSON.stringify(deckId)} is neither in the file nor on this device`;
}

function checkCardReference(cardId: string, context: ValidationContext): string | null {
  if (context.known === null || context.known.cardIds.has(cardId)) return null;
  return `its card ${JSON.stringify(cardId)} is neither in the file nor on this device`;
}

export function validateDeckRow(value: unknown, context: ValidationContext): RowCheck<DeckRow> {
  return validateWith(value, readDeckRow, (row) => {
    if (!isPlausibleTime(row.importedAt, context)) {
      return `importedAt ${describeTime(row.importedAt)} is not a plausible date`;
    }
    return checkId('id', row.id);
  });
}

export function validateCardRow(value: unknown, context: ValidationContext): RowCheck<StoredCard> {
  return validateWith(value, readCardRow, (row) => {
    if (row.number !== null && !isCount(row.number)) return `number ${row.number} is not a count`;
    if (!isCount(row.position)) return `position ${row.position} is not a count`;
    if (!isCount(row.source.line)) return `source.line ${row.source.line} is not a line number`;
    return checkId('id', row.id) ?? checkDeckReference(row.deckId, context);
  });
}

export function validateScheduleRow(
  value: unknown,
  context: ValidationContext,
): RowCheck<ScheduleRow> {
  return validateWith(
    value,
    readScheduleRow,
    (row) => checkScheduleFields(row, context) ?? checkCardReference(row.cardId, context),
  );
}

export function validateReviewRow(value: unknown, context: ValidationContext): RowCheck<ReviewRow> {
  return validateWith(
    value,
    readReviewRow,
    (row) =>
      checkId('id', row.id) ??
      checkReviewFields(row, context) ??
      checkCardReference(row.cardId, context),
  );
}
