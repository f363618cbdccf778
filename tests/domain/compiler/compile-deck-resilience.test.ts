import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { parseImportText } from '../../../src/domain/deck-import/parse-import-text';

function goodDetails(n: number): string {
  return `<details><summary>What is item ${n}?</summary>\n\nItem ${n} is a thing.\n</details>\n`;
}

/** 300 good `<details>` questions with one, after the 150th, whose summary never closes. */
function bankWithOneBadQuestion(): { text: string; badLine: number } {
  const before = Array.from({ length: 150 }, (_, i) => goodDetails(i + 1));
  const after = Array.from({ length: 150 }, (_, i) => goodDetails(i + 151));
  const bad =
    '<details>\n<summary>What does this print?\n\n```js\nconsole.log(1);\n```\n\nNo close.\n';
  const head = `# Big bank\n\n${before.join('\n')}\n`;
  const badLine = head.split('\n').length;
  return { text: `${head}${bad}\n${after.join('\n')}`, badLine };
}

describe('one bad question never blocks a deck', () => {
  it('skips a <details> whose summary never closes, with a warning on its line, and keeps the rest', () => {
    const { text, badLine } = bankWithOneBadQuestion();
    const deck = compileDeck(text, 'big.md');
    expect(deck.cards).toHaveLength(300);
    expect(deck.cards[150]?.question).toBe('What is item 151?');
    expect(deck.diagnostics).toEqual([
      expect.objectContaining({
        line: badLine,
        severity: 'warning',
        message: expect.stringContaining('<summary> is never closed'),
      }),
    ]);
  });

  it('imports that deck, listing the skipped question among the warnings', () => {
    const { text, badLine } = bankWithOneBadQuestion();
    const parsed = parseImportText(text, 'big.md');
    expect(parsed.kind).toBe('deck');
    if (parsed.kind !== 'deck') return;
    expect(parsed.deck.cards).toHaveLength(300);
    expect(parsed.warnings).toEqual([expect.objectContaining({ file: 'big.md', line: badLine })]);
  });

  it('imports a deck with an empty question or a repeated explicit id, with warnings', () => {
    const text = [
      '## Question 1: What is DNS? {#dns}',
      '',
      'Names to addresses.',
      '',
      '## Question 2:',
      '',
      'An answer without a question.',
      '',
      '## Question 3: What is DHCP? {#dns}',
      '',
      'Addresses on loan.',
    ].join('\n');
    const parsed = parseImportText(text, 'net.md');
    expect(parsed.kind).toBe('deck');
    if (parsed.kind !== 'deck') return;
    expect(parsed.deck.cards.map((card) => card.id)).toEqual(['net/dns', 'net/dns-2']);
    expect(parsed.warnings.map((warning) => warning.line)).toEqual([5, 9]);
  });

  it('still refuses a file with no question at all', () => {
    const parsed = parseImportText('# Notes\n\nProse only.\n', 'notes.md');
    expect(parsed.kind).toBe('invalid');
  });
});
