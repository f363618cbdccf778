import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { compileFixture } from './fixtures';

describe('compileDeck: ids and diagnostics', () => {
  it('turns markers at either end into lowercase tags and warnings at their column', () => {
    const deck = compileFixture('markers.md');
    expect(deck.cards.map((c) => [c.question, c.tags])).toEqual([
      ['What is a mutex?', ['todo']],
      ['What is a semaphore?', ['wip']],
    ]);
    expect(deck.diagnostics).toEqual([
      {
        file: 'fixtures/markers.md',
        line: 1,
        column: 33,
        severity: 'warning',
        message: 'question is marked [TODO]',
      },
      {
        file: 'fixtures/markers.md',
        line: 7,
        column: 4,
        severity: 'warning',
        message: 'question is marked [WIP]',
      },
    ]);
  });

  it('uses explicit {#ids}, and suffixes duplicate questions with a warning', () => {
    const deck = compileFixture('explicit-ids.md');
    expect(deck.cards.map((c) => [c.id, c.question])).toEqual([
      ['explicit-ids/thread', 'What is a thread?'],
      ['explicit-ids/what-is-a-process', 'What is a process?'],
      ['explicit-ids/what-is-a-process-2', 'What is a process?'],
    ]);
    expect(deck.diagnostics).toEqual([
      expect.objectContaining({
        line: 13,
        severity: 'warning',
        message: expect.stringContaining('line 7'),
      }),
    ]);
  });

  it('warns about a duplicate explicit id, keeps ids unique, and imports both cards', () => {
    const deck = compileFixture('duplicate-explicit-ids.md');
    expect(deck.cards.map((c) => c.id)).toEqual([
      'duplicate-explicit-ids/heap',
      'duplicate-explicit-ids/heap-2',
    ]);
    expect(deck.diagnostics).toEqual([
      expect.objectContaining({
        line: 7,
        severity: 'warning',
        message: expect.stringContaining('{#heap}'),
      }),
    ]);
  });

  it('never lets an automatic id take an explicit one', () => {
    const text = '## What is X?\n\nFirst.\n\n## Another {#what-is-x}\n\nSecond.\n';
    const deck = compileDeck(text, 'x.md');
    expect(deck.cards.map((c) => c.id)).toEqual(['x/what-is-x-2', 'x/what-is-x']);
  });

  it('gives questions without ASCII letters a stable id', () => {
    const first = compileDeck('## 什么是闭包？\n\n函数和它的作用域。\n', 'zh.md');
    const again = compileDeck('## 什么是闭包？\n\n函数和它的作用域。\n', 'zh.md');
    expect(first.cards[0]?.id).toMatch(/^zh\/q-[0-9a-f]{8}$/);
    expect(again.cards[0]?.id).toBe(first.cards[0]?.id);
  });

  it('warns about an unclosed code fence, naming its line, and recovers at the next heading', () => {
    const deck = compileFixture('unclosed-fence.md');
    expect(deck.cards.map((c) => c.question)).toEqual(['What does this print?', 'What is NaN?']);
    expect(deck.cards[0]?.answer).toBe("```js\nconsole.log(1 + '1');\n\n```");
    expect(deck.cards[1]?.answer).toBe('Not a number.');
    expect(deck.diagnostics).toEqual([
      expect.objectContaining({
        line: 3,
        severity: 'warning',
        message: expect.stringContaining('opened on line 3 is never closed'),
      }),
    ]);
  });

  it('leaves out a question without text with a warning, and warns about an empty answer', () => {
    const deck = compileFixture('empty-question.md');
    expect(deck.cards.map((c) => [c.number, c.question, c.answer])).toEqual([
      [4, 'What has an empty answer?', ''],
    ]);
    expect(deck.diagnostics.map((d) => [d.line, d.severity])).toEqual([
      [1, 'warning'],
      [7, 'warning'],
    ]);
    expect(deck.diagnostics[0]?.message).toContain('question 3');
  });

  it('warns about an unclosed HTML comment and keeps the text', () => {
    const deck = compileDeck('## What is Y?\n\nY <!-- unfinished\n', 'y.md');
    expect(deck.cards[0]?.answer).toBe('Y <!-- unfinished');
    expect(deck.diagnostics).toEqual([
      expect.objectContaining({ line: 3, column: 3, severity: 'warning' }),
    ]);
  });

  it('gives every diagnostic the file, a 1-based line and column, and sorts them by line', () => {
    const deck = compileFixture('seed-question-bank.md');
    const lines = deck.diagnostics.map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    for (const d of deck.diagnostics) {
      expect(d.file).toBe('fixtures/seed-question-bank.md');
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  });
});
