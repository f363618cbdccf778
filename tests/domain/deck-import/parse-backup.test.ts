import { describe, expect, it } from 'vitest';
import { parseBackupJson } from '../../../src/domain/deck-import/parse-backup';
import { formatRowProblem } from '../../../src/domain/validation/row-check';
import { makeBackup } from './backup-sample';

const problemsOf = (text: string) => {
  const parsed = parseBackupJson(text, 'backup.json');
  return parsed.ok ? [] : parsed.problems;
};

describe('parseBackupJson', () => {
  it('reads back exactly what was written', () => {
    const backup = makeBackup();
    expect(parseBackupJson(JSON.stringify(backup, null, 2), 'backup.json')).toEqual({
      ok: true,
      backup,
      skipped: [],
    });
  });

  it('names the line where the JSON breaks', () => {
    const text = JSON.stringify(makeBackup(), null, 2).replace('"Web"', '"Web",,');
    const [problem] = problemsOf(text);
    const brokenLine = text.split('\n').findIndex((line) => line.includes('"Web",,')) + 1;
    expect(problem).toMatchObject({ file: 'backup.json', line: brokenLine });
    expect(problem?.message).toMatch(/^is not valid JSON at column \d+: /);
  });

  it('names the last line and its column when the JSON ends too early', () => {
    const text = JSON.stringify(makeBackup(), null, 2);
    const cut = text.slice(0, text.indexOf('"cards": [') + '"cards": ['.length);
    const lines = cut.split('\n');
    expect(problemsOf(cut)).toEqual([
      {
        file: 'backup.json',
        line: lines.length,
        message: `is not valid JSON at column ${(lines.at(-1) ?? '').length + 1}: Unexpected end of JSON input`,
      },
    ]);
  });

  it('refuses JSON of another shape, saying it is not a backup', () => {
    for (const other of ['[1, 2]', '{"name": "package", "version": 1}', '"text"']) {
      expect(problemsOf(other)).toEqual([
        {
          file: 'backup.json',
          line: null,
          message: 'is JSON, but not a Drillbook backup (it has no "format": "drillbook-backup")',
        },
      ]);
    }
  });

  it('refuses a backup from a newer format version with a clear message', () => {
    const newer = { ...makeBackup(), version: 2 };
    expect(problemsOf(JSON.stringify(newer))[0]?.message).toBe(
      'was made by a newer version of Drillbook (backup format 2; this version reads format 1 and older). Update Drillbook, then restore it again',
    );
  });

  it('leaves out damaged rows, naming each by table, index and id, and drops fields it does not know', () => {
    const backup = makeBackup();
    const damaged = {
      ...backup,
      cards: [{ ...backup.cards[0], answer: 42 }, backup.cards[1]],
      reviews: [{ ...backup.reviews[0], rating: 9 }],
    };
    const read = parseBackupJson(JSON.stringify(damaged), 'backup.json');
    expect(read.ok && read.skipped.map(formatRowProblem)).toEqual([
      'cards[0] (id "web/dns"): skipped: answer should be text',
      `reviews[0] (id "${backup.reviews[0]?.id}"): skipped: rating should be one of 0, 1, 2, 3, 4`,
    ]);
    expect(read.ok && read.backup.cards.map((card) => card.id)).toEqual(['web/tcp']);
    expect(read.ok && read.backup.reviews).toEqual([]);
    const extra = { ...backup, decks: [{ ...backup.decks[0], injected: '<script>' }] };
    const parsed = parseBackupJson(JSON.stringify(extra), 'backup.json');
    expect(parsed.ok && Object.keys(parsed.backup.decks[0] ?? {})).not.toContain('injected');
  });
});
