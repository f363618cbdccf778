import type { BackupData, BackupFile } from './backup-format';

/** Rows per piece: pieces of a few hundred KB, so no string ever holds the whole file. */
export const BACKUP_ROWS_PER_PIECE = 500;

const TABLES = [
  'decks',
  'cards',
  'schedule',
  'reviews',
  'settings',
] as const satisfies readonly (keyof BackupData)[];
const ROW_INDENT = '\n    ';

/**
 * The backup file's text in pieces, exactly `JSON.stringify(backup, null, 2)` and a final line
 * feed once joined: stable (sorted rows, fixed key order) and indented so that it diffs well.
 * A large collection makes a file longer than the longest string an engine holds; as pieces
 * (a Blob's parts) it needs no such string.
 */
export function* serializeBackupPieces(backup: BackupFile): Generator<string> {
  yield `{\n  "format": ${JSON.stringify(backup.format)},\n  "version": ${JSON.stringify(backup.version)},\n  "exportedAt": ${JSON.stringify(backup.exportedAt)}`;
  for (const table of TABLES) {
    const rows: readonly unknown[] = backup[table];
    if (rows.length === 0) {
      yield `,\n  "${table}": []`;
      continue;
    }
    yield `,\n  "${table}": [`;
    for (let start = 0; start < rows.length; start += BACKUP_ROWS_PER_PIECE) {
      const piece = rows
        .slice(start, start + BACKUP_ROWS_PER_PIECE)
        // JSON text never holds a raw line feed inside a string, so re-indenting is safe.
        .map((row) => `${ROW_INDENT}${JSON.stringify(row, null, 2).replaceAll('\n', ROW_INDENT)}`)
        .join(',');
      yield start === 0 ? piece : `,${piece}`;
    }
    yield '\n  ]';
  }
  yield '\n}\n';
}
