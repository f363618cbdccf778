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
import { addProblem, createFieldProblems, type FieldProblems, isRecord } from './field-reader';
import { createProblem, type ImportProblem } from './import-problem';
import { JSON_PLACE, type JsonErrorPlace } from './json-object-stream';

export type BackupParse =
  | { ok: true; backup: BackupFile }
  | { ok: false; problems: ImportProblem[] };

const NOT_A_BACKUP = `is JSON, but not a Drillbook backup (it has no "format": "${BACKUP_FORMAT}")`;

/** Parses and checks a backup file; a problem names the file, and the line when JSON breaks. */
export function parseBackupJson(text: string, file: string): BackupParse {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return refuse(describeJsonError(file, locateJsonError(text, message)));
  }
  return readBackup(value, file);
}

/** Checks a parsed value against the backup format, rebuilding every row from known fields. */
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
  const problems = createFieldProblems();
  const exportedAt = typeof value.exportedAt === 'string' ? value.exportedAt : '';
  if (exportedAt === '') addProblem(problems, 'exportedAt should be a date (text)');
  const data = readBackupData(value, problems);
  if (problems.count > 0) {
    const more = problems.count - problems.list.length;
    const listed = problems.list.map((message) =>
      createProblem(file, null, `the backup is damaged: ${message}`),
    );
    if (more > 0) listed.push(createProblem(file, null, `and ${more} more problems`));
    return { ok: false, problems: listed };
  }
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, ...data },
  };
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
