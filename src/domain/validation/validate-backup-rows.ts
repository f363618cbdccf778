// A whole backup's rows, checked row by row: each table by its validator, duplicates of a key
// kept once, and references resolved against the file and the ids the database already holds.
// Restore, merge and (row by row) sync use it, so every row from outside meets the same rules.
import type { BackupData } from '../deck-import/backup-format';
import type { KnownIds, RowCheck, RowProblem, RowTable, ValidationContext } from './row-check';
import {
  validateCardRow,
  validateDeckRow,
  validateReviewRow,
  validateScheduleRow,
} from './validate-rows';
import { validateSettingRow } from './validate-setting-row';

/** A backup's tables as they arrive: lists of anything. */
export type BackupTables = { [K in keyof BackupData]: readonly unknown[] };

export type ValidatedBackup = { rows: BackupData; problems: RowProblem[] };

/**
 * Keeps the rows that pass; `problems` names every row skipped or trimmed. With
 * `context.known` null, references are not checked (the database is not known yet); otherwise a
 * card needs its deck, and a schedule row or a review its card, in the file or in `known`.
 */
export function validateBackupRows(
  tables: BackupTables,
  context: ValidationContext,
): ValidatedBackup {
  const problems: RowProblem[] = [];
  const withKnown = (known: KnownIds | null): ValidationContext => ({ ...context, known });
  const decks = validateTable('decks', tables.decks, (row) => validateDeckRow(row, context), {
    keyOf: (row) => row.id,
    problems,
  });
  const deckIds =
    context.known === null
      ? null
      : union(
          context.known.deckIds,
          decks.map((d) => d.id),
        );
  const cards = validateTable(
    'cards',
    tables.cards,
    (row) => validateCardRow(row, withKnown(deckIds && { deckIds, cardIds: new Set() })),
    { keyOf: (row) => row.id, problems },
  );
  // A review may still name a card by an id it had before it was reworded: merging moves it.
  const cardIds =
    context.known === null
      ? null
      : union(
          context.known.cardIds,
          cards.flatMap((card) => [card.id, ...card.previousIds]),
        );
  const cardContext = withKnown(cardIds && { deckIds: deckIds ?? new Set(), cardIds });
  const schedule = validateTable(
    'schedule',
    tables.schedule,
    (row) => validateScheduleRow(row, cardContext),
    {
      keyOf: (row) => row.cardId,
      problems,
    },
  );
  const reviews = validateTable(
    'reviews',
    tables.reviews,
    (row) => validateReviewRow(row, cardContext),
    {
      keyOf: (row) => row.id,
      problems,
    },
  );
  const settings = validateTable('settings', tables.settings, validateSettingRow, {
    keyOf: (row) => row.key,
    problems,
  });
  return { rows: { decks, cards, schedule, reviews, settings }, problems };
}

type TableOptions<T> = { keyOf: (row: T) => string; problems: RowProblem[] };

/** The rows that pass, each key once (the first row with it wins). */
export function validateTable<T>(
  table: RowTable,
  rows: readonly unknown[],
  validate: (row: unknown) => RowCheck<T>,
  { keyOf, problems }: TableOptions<T>,
): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  rows.forEach((value, index) => {
    const check = validate(value);
    const id = check.row === null ? readId(value) : keyOf(check.row);
    for (const message of check.problems) {
      problems.push({
        table,
        index,
        id,
        message: check.row === null ? `skipped: ${message}` : message,
      });
    }
    if (check.row === null) return;
    const key = keyOf(check.row);
    if (seen.has(key)) {
      problems.push({
        table,
        index,
        id,
        message: 'skipped: the same key appears earlier in the list',
      });
      return;
    }
    seen.add(key);
    kept.push(check.row);
  });
  return kept;
}

/** The row's key as far as it can be read, to name a row that was skipped. */
function readId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const field of ['id', 'cardId', 'key']) {
    const id: unknown = Reflect.get(value, field);
    if (typeof id === 'string') return id.slice(0, 200);
  }
  return null;
}

/** The ids of `data` that rows may refer to (a card's earlier ids too); none for null. */
export function collectKnownIds(data: BackupData | null): KnownIds {
  return {
    deckIds: new Set(data?.decks.map((deck) => deck.id)),
    cardIds: new Set(data?.cards.flatMap((card) => [card.id, ...card.previousIds])),
  };
}

function union(known: ReadonlySet<string>, more: readonly string[]): Set<string> {
  const ids = new Set(known);
  for (const id of more) ids.add(id);
  return ids;
}
