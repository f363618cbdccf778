import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../../src/domain/deck-import/parse-import-text';
import { readFixture } from '../compiler/fixtures';
import { makeBackup } from './backup-sample';

describe('parseImportText', () => {
  it('compiles markdown through the compiler, keeping its warnings with file and line', () => {
    const parsed = parseImportText(readFixture('markers.md'), 'markers.md');
    expect(parsed.kind).toBe('deck');
    if (parsed.kind !== 'deck') return;
    expect(parsed.format).toBe('markdown');
    expect(parsed.deck.cards.length).toBeGreaterThan(0);
    expect(parsed.warnings[0]).toMatchObject({ file: 'markers.md', line: expect.any(Number) });
  });

  it('detects CSV, Anki text and backups from the content', () => {
    const csv = parseImportText('question,answer\nWhat is DNS?,Names.\n', 'notes.txt');
    expect(csv.kind === 'deck' && csv.format).toBe('csv');
    const anki = parseImportText('#separator:tab\nWhat is DNS?\tNames.\n', 'notes.txt');
    expect(anki.kind === 'deck' && anki.format).toBe('anki-text');
    expect(parseImportText(JSON.stringify(makeBackup()), 'backup.txt').kind).toBe('backup');
  });

  it('refuses markdown with no questions, naming file and line', () => {
    expect(parseImportText('# Notes\n\nJust some prose.\n', 'notes.md')).toEqual({
      kind: 'invalid',
      problems: [
        {
          file: 'notes.md',
          line: 1,
          message:
            'no questions found: write questions as headings ("## Question 1: ..." or "## What is ...?"), "Q:" lines or <details> blocks',
        },
      ],
    });
  });

  it('takes only backups when restoring one', () => {
    const parsed = parseImportText('## What is DNS?\n\nNames.\n', 'deck.md', 'backup');
    expect(parsed).toEqual({
      kind: 'invalid',
      problems: [
        {
          file: 'deck.md',
          line: null,
          message:
            'is not a Drillbook backup (a backup is the .json file that Export backup saves)',
        },
      ],
    });
  });

  it('lists at most ten errors of a file, then how many more', () => {
    const rows = Array.from({ length: 14 }, () => ',no question').join('\n');
    const parsed = parseImportText(`question,answer\n${rows}\n`, 'bad.csv');
    expect(parsed.kind === 'invalid' && parsed.problems.map((p) => p.line)).toEqual([
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      10,
      11,
      null,
    ]);
    expect(parsed.kind === 'invalid' && parsed.problems.at(-1)?.message).toBe('and 4 more errors');
  });
});
