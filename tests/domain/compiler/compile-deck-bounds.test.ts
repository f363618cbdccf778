import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { parseHeaderCsv } from '../../../src/domain/deck-import/parse-delimited';

const HOSTILE_ANSWERS: [string, string][] = [
  ['10,000 nested block quotes', '> '.repeat(10_000)],
  // A bare '- '.repeat(5000) is a thematic break, already read as a separator: a word makes it a list.
  ['5,000 nested list items', `${'- '.repeat(5_000)}item`],
  ['3,000 nested emphases', `${'*a '.repeat(3_000)}x${' a*'.repeat(3_000)}`],
  ['40,000 emphasis marks', '*a'.repeat(40_000)],
  ['10,000 setext headings', 'a\n=\n'.repeat(10_000)],
];

/** The deepest run of `>` and list markers starting a line, as a parser would nest them. */
function deepestNesting(markdown: string): number {
  return Math.max(
    ...markdown
      .split('\n')
      .map(
        (line) =>
          /^(?:\s{0,3}(?:>|[-*+](?= |$)|\d+[.)](?= |$)) ?)*/
            .exec(line)?.[0]
            .replace(/[^>*+\-.)]/g, '').length ?? 0,
      ),
  );
}

function countUnescapedEmphasis(markdown: string): number {
  return (markdown.match(/(?<!\\)[*_]/g) ?? []).length;
}

function warningsOf(deck: ReturnType<typeof compileDeck>): string[] {
  return deck.diagnostics
    .filter((d) => d.severity === 'warning')
    .map((d) => `${d.line}: ${d.message}`);
}

describe('compileDeck: limits on what one card holds', () => {
  it.each(HOSTILE_ANSWERS)('bounds an answer of %s and warns on the question line', (_, answer) => {
    const deck = compileDeck(
      `# Hostile\n\n## What breaks?\n\n### Answer\n\n${answer}\n`,
      'hostile.md',
    );
    const card = deck.cards[0];
    expect(card?.question).toBe('What breaks?');
    expect(card?.answer.length).toBeLessThanOrEqual(20_000);
    expect(card?.answer.split('\n').length).toBeLessThanOrEqual(2_000);
    expect(deepestNesting(card?.answer ?? '')).toBeLessThanOrEqual(20);
    expect(countUnescapedEmphasis(card?.answer ?? '')).toBeLessThanOrEqual(1_000);
    expect(warningsOf(deck).filter((w) => w.startsWith('3: the answer'))).not.toEqual([]);
  });

  it('keeps a bounded number of sections of a question with 20,000 sub-headings', () => {
    const headings = Array.from({ length: 20_000 }, (_, i) => `### Part ${i}\n\nText ${i}.\n`);
    const text = `# Many\n\n## What has parts?\n\n### Answer\n\nParts.\n\n${headings.join('\n')}`;
    const deck = compileDeck(text, 'many.md');
    expect(deck.cards[0]?.sections).toHaveLength(100);
    expect(deck.cards[0]?.sections[99]?.title).toBe('Part 99');
    expect(warningsOf(deck)).toContain(
      '3: question has 20000 sections; only the first 100 were kept',
    );
  });

  it('flattens only what is deeper than 20 levels, and leaves ordinary cards alone', () => {
    const deep = `${'> '.repeat(25)}deep`;
    const deck = compileDeck(`## What nests?\n\n### Answer\n\n${deep}\n\n- a *b* _c_\n`, 'x.md');
    expect(deck.cards[0]?.answer).toBe(`${'> '.repeat(20)}deep\n\n- a *b* _c_`);
    const plain = compileDeck('## What is DNS?\n\n### Answer\n\n> a **name** _map_\n', 'y.md');
    expect(plain.cards[0]?.answer).toBe('> a **name** _map_');
    expect(warningsOf(plain)).toEqual([]);
  });
});

describe('CSV import: the same limits', () => {
  it('bounds a hostile answer and names its row', () => {
    const deck = parseHeaderCsv(
      `question,answer\nWhat breaks?,"${'> '.repeat(10_000)}"\n`,
      'x.csv',
    );
    expect(deepestNesting(deck.cards[0]?.answer ?? '')).toBeLessThanOrEqual(20);
    expect(deck.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      '2: the answer nests block quotes or lists deeper than 20 levels; the deeper levels were flattened',
    ]);
  });
});
