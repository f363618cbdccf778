import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkTextBytes,
  describeInvalidUtf8,
  findInvalidUtf8,
  lineAt,
} from '../../../src/domain/deck-import/text-bytes';

const encode = (text: string) => new TextEncoder().encode(text);

describe('checkTextBytes', () => {
  it('accepts plain UTF-8 text, accents and emoji included', () => {
    expect(checkTextBytes(encode('## Qu’est-ce que café? 🚀\n'), 'a.md')).toBeNull();
  });

  it('calls a file with only whitespace or a byte order mark empty', () => {
    for (const bytes of [
      new Uint8Array(),
      encode(' \n\t\r\n'),
      new Uint8Array([0xef, 0xbb, 0xbf]),
    ]) {
      expect(checkTextBytes(bytes, 'blank.md')).toEqual({
        file: 'blank.md',
        line: null,
        message: 'the file is empty',
      });
    }
  });

  it('names UTF-16 files and asks for UTF-8', () => {
    const problem = checkTextBytes(new Uint8Array([0xff, 0xfe, 0x23, 0x00]), 'wide.md');
    expect(problem?.message).toContain('UTF-16');
  });

  it('recognises an Anki package or any ZIP archive and says what to do instead', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
    const problem = checkTextBytes(zip, 'deck.txt');
    expect(problem?.message).toMatch(/ZIP archive.*export the notes as plain text/);
  });

  it('refuses a binary file and gives the line of its first zero byte', () => {
    const bytes = new Uint8Array([...encode('line one\nline two\nxx'), 0, 1, 2]);
    expect(checkTextBytes(bytes, 'blob.md')).toMatchObject({ file: 'blob.md', line: 3 });
  });
});

describe('findInvalidUtf8', () => {
  it('finds a Latin-1 byte and reports its line', () => {
    const bytes = new Uint8Array([...encode('## Question 1: ok\n## Caf'), 0xe9, ...encode('?\n')]);
    expect(findInvalidUtf8(bytes)).toBe(24);
    expect(describeInvalidUtf8(bytes, 'latin.md')).toMatchObject({ file: 'latin.md', line: 2 });
  });

  it('refuses overlong forms, surrogates, truncated sequences and code points past U+10FFFF', () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xe2, 0x82],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf8, 0x88, 0x80, 0x80, 0x80],
    ]) {
      expect(findInvalidUtf8(new Uint8Array([0x41, ...bad]))).toBe(1);
    }
  });

  it('agrees with the strict TextDecoder on any bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const isValid = (bytes: Uint8Array) => {
      try {
        decoder.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 24 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }).map(encode),
    );
    fc.assert(
      fc.property(bytes, (sample) => (findInvalidUtf8(sample) === -1) === isValid(sample)),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('counts lines from 1', () => {
    const bytes = encode('a\nb\nc');
    expect([0, 2, 4].map((offset) => lineAt(bytes, offset))).toEqual([1, 2, 3]);
  });
});
