import { describe, expect, it } from 'vitest';
import { createBackupFile } from '../../../src/domain/deck-import/backup-format';
import {
  BACKUP_ROWS_PER_PIECE,
  serializeBackupPieces,
} from '../../../src/domain/deck-import/serialize-backup';
import { EXPORTED_AT, makeBackup, makeReviewRow } from './backup-sample';

describe('serializeBackupPieces', () => {
  it('joins to the indented JSON of the whole backup, empty tables included', () => {
    const empty = createBackupFile(
      { decks: [], cards: [], schedule: [], reviews: [], settings: [] },
      EXPORTED_AT,
    );
    for (const backup of [makeBackup(), empty]) {
      expect([...serializeBackupPieces(backup)].join('')).toBe(
        `${JSON.stringify(backup, null, 2)}\n`,
      );
    }
  });

  it('never puts more than a few hundred rows in one piece', () => {
    const count = 3 * BACKUP_ROWS_PER_PIECE + 1;
    const reviews = Array.from({ length: count }, (_, i) => makeReviewRow(`r${i}`, 'web/dns'));
    const backup = { ...makeBackup(), reviews };
    const pieces = [...serializeBackupPieces(backup)];
    expect(pieces.join('')).toBe(`${JSON.stringify(backup, null, 2)}\n`);
    const longest = Math.max(...pieces.map((piece) => (piece.match(/"id": "r\d+"/g) ?? []).length));
    expect(longest).toBe(BACKUP_ROWS_PER_PIECE);
  });
});
