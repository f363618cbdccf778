import { describe, expect, it } from 'vitest';
import { createJsonObjectStream } from '../../../src/domain/deck-import/json-object-stream';
import { makeBackup } from './backup-sample';

function parseInPieces(text: string, size: number) {
  const stream = createJsonObjectStream();
  for (let at = 0; at < text.length; at += size) {
    const error = stream.push(text.slice(at, at + size));
    if (error) return { ok: false as const, ...error };
  }
  return stream.finish();
}

const PIECE_SIZES = [1, 2, 3, 7, 64, 100_000];

describe('createJsonObjectStream', () => {
  it('gives what JSON.parse gives, however the text is cut', () => {
    const tricky = {
      format: 'x',
      empty: [],
      rows: [
        { text: 'a "quoted" ]} and \\ slash', nested: [1, [2, { deep: null }]] },
        3,
        'b',
        true,
      ],
      object: { list: [1] },
      number: -1.5e3,
      none: null,
    };
    for (const value of [makeBackup(), tricky, {}]) {
      for (const text of [JSON.stringify(value), `\n ${JSON.stringify(value, null, 2)}\n`]) {
        for (const size of PIECE_SIZES) {
          expect(parseInPieces(text, size)).toEqual({ ok: true, value: JSON.parse(text) });
        }
      }
    }
  });

  it('keeps "__proto__" a plain key, as JSON.parse does', () => {
    const parsed = parseInPieces('{"__proto__": {"polluted": true}}', 5);
    expect(parsed.ok && Object.keys(parsed.value)).toEqual(['__proto__']);
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
  });

  it('names the line and column where the text stops being JSON', () => {
    const text = JSON.stringify(makeBackup(), null, 2);
    const lines = text.split('\n');
    const broken = lines.findIndex((line) => line.includes('"title": "Web"'));
    const badLines = [...lines];
    badLines[broken] = '      "title": "Web",,';
    const bad = badLines.join('\n');
    for (const size of PIECE_SIZES) {
      expect(parseInPieces(bad, size)).toMatchObject({ ok: false, line: broken + 1, column: 22 });
    }
  });

  it('refuses what is not one complete JSON object, saying where', () => {
    const cases: [string, number, number][] = [
      ['', 1, 1],
      ['[1, 2]', 1, 1],
      ['{"a": 1', 1, 8],
      ['{"a": [1,]}', 1, 10],
      ['{\n  "a": [\n    1\n    2\n  ]\n}', 4, 5],
      ['{"a": 1}\n{', 2, 1],
      ['{\n  "a" 1\n}', 2, 7],
    ];
    for (const [text, line, column] of cases) {
      for (const size of [1, 4, 1000]) {
        expect(parseInPieces(text, size), text).toMatchObject({ ok: false, line, column });
      }
    }
  });
});
