import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledDeck } from '../../../src/domain/card-types';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { readFixture } from './fixtures';

const SEED_LINES = readFixture('seed-question-bank.md').split('\n');

const TOKENS = [
  '```',
  '```js',
  '~~~',
  '````',
  '<!--',
  '-->',
  '<!-- note -->',
  '<details>',
  '<summary>What is hidden?</summary>',
  '<summary>Answer</summary>',
  '</details>',
  '---',
  '***',
  '===',
  '',
  '# Title',
  '## Question 5: What is duplicated?',
  '## Question 5:',
  '### Interview-Specific Answer',
  '### Concepts',
  '#### Answer: inline',
  '1. ### What is nested?',
  '- - - - - - - - deep',
  'Q: What is a Q line?',
  'A: An answer line.',
  '**Answer:**',
  'WOKRING EXAMPLE',
  '[TODO]',
  '{#dup}',
  '| 1 | [link](#anchor) |',
  '**[⬆ Back to Top](#table-of-contents)**',
  '![img](https://example.com/x.png)',
  'Ünïcødé 🚀 什么是闭包？ \u200b\u0000',
  '\t    indented',
  '<b>bold</b>',
];

const token = fc.constantFrom(...TOKENS);
const text = fc.string({ unit: 'grapheme', maxLength: 40 });

const headingLine = fc
  .tuple(
    fc.integer({ min: 1, max: 7 }),
    fc.constantFrom('', 'Question 3: ', 'Q1. ', '2. ', '**Question 4:** '),
    text,
    fc.constantFrom('', '?', ' [TODO]', ' {#same}', ' [WIP] {#other}', ' ##'),
  )
  .map(([level, prefix, body, suffix]) => `${'#'.repeat(level)} ${prefix}${body}${suffix}`);

const bankLine = fc.oneof(
  { arbitrary: token, weight: 4 },
  { arbitrary: headingLine, weight: 3 },
  { arbitrary: text, weight: 3 },
  { arbitrary: fc.tuple(token, text).map(([a, b]) => `${a}${b}`), weight: 1 },
);

const randomBank = fc
  .tuple(fc.array(bankLine, { maxLength: 60 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, newline]) => lines.join(newline));

type Mutation = {
  kind: 'delete' | 'duplicate' | 'swap' | 'insert';
  at: number;
  other: number;
  line: string;
};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'insert'),
  at: fc.nat(),
  other: fc.nat(),
  line: fc.oneof(token, headingLine, text),
});

function mutate(lines: readonly string[], mutations: readonly Mutation[]): string {
  const result = [...lines];
  for (const m of mutations) {
    const at = m.at % (result.length + 1);
    const other = m.other % (result.length + 1);
    if (m.kind === 'delete') result.splice(at, 1);
    else if (m.kind === 'duplicate') result.splice(at, 0, result[at] ?? '');
    else if (m.kind === 'insert') result.splice(at, 0, m.line);
    else [result[at], result[other]] = [result[other] ?? '', result[at] ?? ''];
  }
  return result.join('\n');
}

function expectSoundDeck(source: string, deck: CompiledDeck): void {
  const lineCount = source.split(/\r\n|\r|\n/).length;
  expect(deck.diagnostics.filter((d) => d.message.startsWith('internal compiler error'))).toEqual(
    [],
  );
  const ids = deck.cards.map((card) => card.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const card of deck.cards) {
    expect(card.question.trim()).not.toBe('');
    expect(card.id.startsWith(`${deck.deck.id}/`)).toBe(true);
    expect(card.source.line).toBeGreaterThanOrEqual(1);
    expect(card.source.line).toBeLessThanOrEqual(lineCount);
  }
  for (const d of deck.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
  if (deck.cards.length === 0) {
    expect(deck.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  }
}

function checkBank(source: string): void {
  let deck: CompiledDeck | undefined;
  expect(() => {
    deck = compileDeck(source, 'cards/bank.md');
  }).not.toThrow();
  if (!deck) return;
  expectSoundDeck(source, deck);
  expect(compileDeck(source, 'cards/bank.md')).toEqual(deck);
}

// Generous timeouts: the runs are small, but the suite shares two cores with everything else.
const SLOW = { timeout: 60_000 };

describe('compileDeck properties', () => {
  it('compiles random banks soundly and deterministically', SLOW, () => {
    fc.assert(fc.property(randomBank, checkBank), { seed: 42, numRuns: 300 });
  });

  it('compiles mutated copies of the seed bank soundly and deterministically', SLOW, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 25 }), (mutations) => {
        checkBank(mutate(SEED_LINES, mutations));
      }),
      { seed: 42, numRuns: 80 },
    );
  });

  it('keeps most seed questions when a few lines are damaged', SLOW, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const deck = compileDeck(mutate(SEED_LINES, mutations), 'cards/bank.md');
        expect(deck.cards.length).toBeGreaterThanOrEqual(15);
      }),
      { seed: 42, numRuns: 40 },
    );
  });
});
