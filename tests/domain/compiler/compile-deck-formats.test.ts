import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { compileFixture, messages } from './fixtures';

function questions(name: string): (string | number | null)[][] {
  return compileFixture(name).cards.map((card) => [card.number, card.question]);
}

describe('compileDeck: deck metadata', () => {
  it('reads deck, id, tags and description from front matter, and tags every card', () => {
    const deck = compileFixture('front-matter.md');
    expect(deck.deck).toEqual({
      id: 'http-essentials',
      title: 'HTTP Essentials',
      description: 'Core HTTP questions.',
      tags: ['backend', 'http'],
      file: 'fixtures/front-matter.md',
    });
    expect(deck.cards[0]?.id).toBe('http-essentials/what-is-http');
    expect(deck.cards[0]?.tags).toEqual(['backend', 'http']);
    expect(deck.cards[0]?.source.line).toBe(10);
  });

  it('reports invalid front matter as an error on its line, and still compiles the cards', () => {
    const deck = compileFixture('front-matter-invalid.md');
    const errors = deck.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^invalid front matter/);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(3);
    expect(errors[0]?.line).toBeLessThanOrEqual(4);
    expect(deck.cards.map((c) => c.question)).toEqual(['What is a broken header?']);
  });

  it('takes the title from the # heading, and the id from the file name', () => {
    const deck = compileFixture('title-heading.md');
    expect(deck.deck.title).toBe('Networking Basics');
    expect(deck.deck.id).toBe('title-heading');
    expect(deck.cards.map((c) => c.question)).toEqual(['What is DNS?', 'What is a subnet?']);
  });

  it('reads setext headings too', () => {
    const deck = compileFixture('setext-headings.md');
    expect(deck.deck.title).toBe('Networking Deck');
    expect(deck.cards.map((c) => [c.question, c.answer])).toEqual([
      ['What is a subnet?', 'A range of addresses that share a prefix.'],
    ]);
  });

  it('warns about front matter that is never closed, and reads on', () => {
    const deck = compileDeck('---\ndeck: Open\n\n## What is open?\n\nNever closed.\n', 'open.md');
    expect(deck.deck.title).toBe('open');
    expect(deck.cards.map((c) => c.answer)).toEqual(['Never closed.']);
    expect(deck.diagnostics).toEqual([
      expect.objectContaining({
        line: 1,
        severity: 'warning',
        message: expect.stringContaining('never closed'),
      }),
    ]);
  });

  it('treats a leading --- without YAML keys as a separator, not front matter', () => {
    const deck = compileDeck('---\n\n## What is a rule?\n\nA line.\n\n---\n', 'rule.md');
    expect(deck.cards.map((c) => c.answer)).toEqual(['A line.']);
    expect(deck.diagnostics).toEqual([]);
  });
});

describe('compileDeck: question forms', () => {
  it('takes "Question 7:", "Q2.", "3." and bold prefixes as numbers, not text', () => {
    expect(questions('numbering.md')).toEqual([
      [7, 'What is a socket?'],
      [2, 'What is a port?'],
      [3, 'What is TCP?'],
      [null, 'What is UDP?'],
      [5, 'What is QUIC?'],
    ]);
  });

  it('reads headings nested in list items, dedents their bodies and skips navigation', () => {
    const deck = compileFixture('list-headings.md');
    expect(deck.deck.title).toBe('JavaScript Questions');
    expect(questions('list-headings.md')).toEqual([
      [1, 'What is a closure'],
      [2, 'What is hoisting'],
    ]);
    expect(deck.cards[0]?.answer).toBe(
      [
        'A closure is a function bundled with its lexical scope.',
        '',
        '```js',
        'function outer() {',
        '  const x = 1;',
        '  return () => x;',
        '}',
        '```',
      ].join('\n'),
    );
    expect(deck.cards[1]?.answer).toBe('Declarations are moved to the top of their scope.');
  });

  it('reads <details> blocks as questions, or as the answer of a heading question', () => {
    const deck = compileFixture('details.md');
    expect(deck.cards.map((c) => [c.question, c.answer])).toEqual([
      ['What is a promise?', 'A promise represents a value that will be available later.'],
      ['What is async/await?', 'Syntax over promises that reads like synchronous code.'],
      ['What does `typeof null` return?', 'It returns `"object"`, a historical bug.'],
    ]);
    // The code the question asks about is its prompt, shown before the reveal.
    expect(deck.cards[2]?.prompt).toBe('```js\ntypeof null;\n```');
    expect(deck.cards[2]?.sections).toEqual([]);
    expect(deck.cards.slice(0, 2).map((c) => c.prompt)).toEqual(['', '']);
  });

  it('reads Q:/A: lines, with headings above them as category tags', () => {
    const deck = compileFixture('qa-lines.md');
    expect(deck.cards.map((c) => [c.number, c.question, c.answer, c.tags])).toEqual([
      [null, 'What does DNS stand for?', 'Domain Name System.', ['networking']],
      [1, 'What port does HTTPS use?', '443 by default.', ['networking']],
      [
        null,
        'What is latency?',
        'The time a message takes to arrive.\nIt is measured in milliseconds.',
        ['networking'],
      ],
      [null, 'What is an index?', 'A structure that speeds up lookups.', ['databases']],
    ]);
  });

  it('makes category headings tags, not cards', () => {
    const deck = compileFixture('categories.md');
    expect(deck.deck.title).toBe('Frontend interview');
    expect(deck.cards.map((c) => [c.question, c.tags])).toEqual([
      ['What is event delegation?', ['javascript']],
      ['What is the event loop?', ['javascript']],
      ['What is specificity?', ['css']],
    ]);
    expect(deck.cards[2]?.answer).toBe('The rules that decide which declaration wins.');
  });

  it('without question marks or numbers, takes the headings that carry bodies', () => {
    const deck = compileFixture('no-question-marks.md');
    expect(deck.cards.map((c) => [c.question, c.tags])).toEqual([
      ['Explain cache invalidation', ['caching']],
      ['Describe write-through caching', ['caching']],
      ['Explain back-pressure', ['queues']],
    ]);
  });

  it('joins a Q: question that continues on the next line', () => {
    const deck = compileDeck(
      'Q: What is the difference between\na process and a thread?\nA: Memory.\n',
      'q.md',
    );
    expect(deck.cards.map((c) => [c.question, c.answer])).toEqual([
      ['What is the difference between a process and a thread?', 'Memory.'],
    ]);
  });

  it('does not read a sub-heading ending in "?" as a question of its own', () => {
    const text =
      '## Question 1: What is a queue?\n\n### Why does it matter?\n\nOrder.\n\n### Answer\n\nFIFO.\n';
    const deck = compileDeck(text, 'queue.md');
    expect(deck.cards).toHaveLength(1);
    expect(deck.cards[0]?.sections).toEqual([{ title: 'Why does it matter?', markdown: 'Order.' }]);
    expect(deck.cards[0]?.answer).toBe('FIFO.');
  });

  it('reports a file without questions as an error', () => {
    const deck = compileFixture('no-questions.md');
    expect(deck.cards).toEqual([]);
    expect(deck.diagnostics).toEqual([
      expect.objectContaining({
        line: 1,
        column: 1,
        severity: 'error',
        message: expect.stringMatching(/^no questions found/),
      }),
    ]);
    expect(compileDeck('', 'empty.md').diagnostics).toHaveLength(1);
    expect(messages(compileDeck('', 'empty.md'), 'error')[0]).toMatch(/^no questions found/);
  });
});

describe('compileDeck: Q<digits> as text', () => {
  it('keeps "Q4 planning" headings whole, with distinct ids, and still numbers "Q4:" and "Q5)"', () => {
    const text = [
      '# Planning',
      '## Q4 planning — what changed?',
      '### Answer',
      'Scope.',
      '## Q3 planning — what changed?',
      '### Answer',
      'Budget.',
      '## Q4: What is a roadmap?',
      '### Answer',
      'A plan.',
      '## Q5) What is a milestone?',
      '### Answer',
      'A point.',
    ].join('\n');
    const deck = compileDeck(text, 'planning.md');
    expect(deck.cards.map((card) => [card.id, card.number, card.question])).toEqual([
      ['planning/q4-planning-what-changed', null, 'Q4 planning — what changed?'],
      ['planning/q3-planning-what-changed', null, 'Q3 planning — what changed?'],
      ['planning/what-is-a-roadmap', 4, 'What is a roadmap?'],
      ['planning/what-is-a-milestone', 5, 'What is a milestone?'],
    ]);
  });
});
