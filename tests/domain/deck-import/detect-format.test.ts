import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/domain/deck-import/detect-format';

describe('detectFormat', () => {
  it('reads a backup or any JSON as JSON, whatever the file is called', () => {
    expect(detectFormat('{"format":"drillbook-backup"}', 'backup.txt')).toBe('json');
    expect(detectFormat('\ufeff  [ {"a": 1} ]', 'list.md')).toBe('json');
  });

  it("takes Anki's file headers as Anki text", () => {
    expect(detectFormat('#separator:tab\n#html:true\nfront\tback\n', 'notes.txt')).toBe(
      'anki-text',
    );
    expect(detectFormat('#separator:Comma\nfront,back\n', 'notes.csv')).toBe('anki-text');
  });

  it('takes a question,answer header row as CSV, or as Anki text when tab-separated', () => {
    expect(detectFormat('question,answer,tags\nWhat?,That.,a\n', 'cards.txt')).toBe('csv');
    expect(detectFormat('Front;Back\nWhat?;That.\n', 'cards.md')).toBe('csv');
    expect(detectFormat('question\tanswer\nWhat?\tThat.\n', 'cards.csv')).toBe('anki-text');
  });

  it('finds markdown from its headings, front matter, Q: lines or details, even in a .csv file', () => {
    expect(detectFormat('# Deck\n\n## What is REST?\n\nAn API style.\n', 'bank.csv')).toBe(
      'markdown',
    );
    expect(detectFormat('---\ndeck: A\n---\n', 'a.txt')).toBe('markdown');
    expect(detectFormat('Q: What is DNS?\nA: Names to addresses.\n', 'a.txt')).toBe('markdown');
    expect(detectFormat('<details><summary>Why?</summary>\nBecause.\n</details>\n', 'a.tsv')).toBe(
      'markdown',
    );
  });

  it('takes tab-separated lines as Anki text and falls back on the name only for the rest', () => {
    expect(
      detectFormat('What is DNS?\tNames to addresses\nWhat is TCP?\tA protocol\n', 'x.txt'),
    ).toBe('anki-text');
    expect(detectFormat('name,email\nAda,ada@example.com\n', 'people.csv')).toBe('csv');
    expect(detectFormat('name,email\nAda,ada@example.com\n', 'people.txt')).toBe('markdown');
  });
});
