import { describeError } from '../describe-error';
import { MIN_PLAUSIBLE_TIME, type RowProblem } from '../validation/row-check';
import { type BackupTables, validateBackupRows } from '../validation/validate-backup-rows';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupData,
  type BackupFile,
  sortBackupData,
} from './backup-format';
import {
  readCardRow,
  readDeckRow,
  readReviewRow,
  readScheduleRow,
  readSettingRow,
} from './backup-rows';
import { addProblem, type FieldProblems, isRecord } from './field-reader';
import { createProblem, type ImportProblem } from './import-problem';
import { JSON_PLACE, type JsonErrorPlace } from './json-object-stream';

export type BackupParse =
  /** `skipped`: the rows left out, each named by table, index and id. */
  | { ok: true; backup: BackupFile; skipped: RowProblem[] }
  | { ok: false; problems: ImportProblem[] };

const TABLES = ['decks', 'cards', 'schedule', 'reviews', 'settings'] as const;

const NOT_A_BACKUP = `is JSON, but not a Drillbook backup (it has no "format": "${BACKUP_FORMAT}")`;

/** Parses and checks a backup file; a problem names the file, and the line when JSON breaks. */
export function parseBackupJson(text: string, file: string): BackupParse {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return refuse(describeJsonError(file, locateJsonError(text, describeError(error))));
  }
  return readBackup(value, file);
}

/**
 * Checks a parsed value against the backup format, rebuilding every row from known fields. A
 * file that is no backup is refused; a row that breaks a rule is left out and named.
 */
export function readBackup(value: unknown, file: string): BackupParse {
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
    return refuse(createProblem(file, null, NOT_A_BACKUP));
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(createProblem(file, null, 'the backup has no valid "version"'));
  }
  if (version > BACKUP_VERSION) {
    return refuse(
      createProblem(
        file,
        null,
        `was made by a newer version of Drillbook (backup format ${version}; this version reads format ${BACKUP_VERSION} and older). Update Drillbook, then restore it again`,
      ),
    );
  }
  const exportedAt = typeof value.exportedAt === 'string' ? value.exportedAt : '';
  const referenceTime = Date.parse(exportedAt);
  if (!(referenceTime >= MIN_PLAUSIBLE_TIME)) {
    return refuse(createProblem(file, null, 'the backup is damaged: exportedAt should be a date'));
  }
  const tables = readTables(value);
  if (!tables.ok) {
    return refuse(
      createProblem(file, null, `the backup is damaged: ${tables.missing} should be a list`),
    );
  }
  // References are checked on restore, where the ids already on the device are known.
  const { rows, problems } = validateBackupRows(tables.tables, { referenceTime, known: null });
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, ...sortBackupData(rows) },
    skipped: problems,
  };
}

function readTables(
  value: Record<string, unknown>,
): { ok: true; tables: BackupTables } | { ok: false; missing: string } {
  const lists: Partial<Record<(typeof TABLES)[number], unknown[]>> = {};
  for (const table of TABLES) {
    const rows = value[table];
    if (!Array.isArray(rows)) return { ok: false, missing: table };
    lists[table] = rows;
  }
  const { decks = [], cards = [], schedule = [], reviews = [], settings = [] } = lists;
  return { ok: true, tables: { decks, cards, schedule, reviews, settings } };
}

/**
 * Every table, each row rebuilt from its known fields in a fixed order and sorted by key:
 * the same data always gives the same file. Export runs the database's rows through it too.
 */
export function readBackupData(
  value: Record<string, unknown>,
  problems: FieldProblems,
): BackupData {
  return sortBackupData({
    decks: readTable(value, 'decks', readDeckRow, problems),
    cards: readTable(value, 'cards', readCardRow, problems),
    schedule: readTable(value, 'schedule', readScheduleRow, problems),
    reviews: readTable(value, 'reviews', readReviewRow, problems),
    settings: readTable(value, 'settings', readSettingRow, problems),
  });
}

function readTable<T>(
  value: Record<string, unknown>,
  key: string,
  readRow: (row: unknown, path: string, problems: FieldProblems) => T | null,
  problems: FieldProblems,
): T[] {
  const rows = value[key];
  if (!Array.isArray(rows)) {
    addProblem(problems, `${key} should be a list`);
    return [];
  }
  const result: T[] = [];
  rows.forEach((row, i) => {
    const read = readRow(row, `${key}[${i}]`, problems);
    if (read !== null) result.push(read);
  });
  return result;
}

function refuse(problem: ImportProblem): BackupParse {
  return { ok: false, problems: [problem] };
}

/**
 * Where JSON.parse stopped: V8 gives "at position 42" (and in newer versions "(line 3 column 5)"),
 * or nothing when the text ends too early, which is then the place.
 */
export function locateJsonError(text: string, message: string): JsonErrorPlace {
  const reason = message.replace(JSON_PLACE, '');
  const position = /\bposition (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, reason };
}

/** `backup.json, line 3: is not valid JSON at column 5: ...`. */
export function describeJsonError(file: string, place: JsonErrorPlace): ImportProblem {
  return createProblem(
    file,
    place.line,
    `is not valid JSON at column ${place.column}: ${place.reason}`,
  );
}
