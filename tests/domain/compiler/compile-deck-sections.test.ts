import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { compileFixture } from './fixtures';

describe('compileDeck: answers and sections', () => {
  it('recognises every spelling of the answer heading, and answer labels', () => {
    const deck = compileFixture('answer-titles.md');
    expect(deck.cards.map((c) => c.answer)).toEqual([
      'Answer one.',
      'Answer two.',
      'Answer three.',
      'Answer four.',
      'Answer five.',
      'Answer six.',
    ]);
    expect(deck.cards[0]?.sections).toEqual([
      { title: 'Concepts', markdown: 'Background for one.' },
    ]);
    expect(deck.cards[4]?.sections).toEqual([{ title: 'Notes', markdown: 'Some context first.' }]);
    expect(deck.diagnostics).toEqual([]);
  });

  it('uses the whole body as the answer when there is no answer section', () => {
    const deck = compileFixture('whole-body.md');
    expect(deck.cards[0]?.answer).toBe(
      "Caching a function's results by its arguments.\n\n### Example\n\n```js\nconst cache = new Map();\n```",
    );
    expect(deck.cards[0]?.sections).toEqual([]);
  });

  it('ends the answer at a standalone line in capitals, which opens a section, with a warning', () => {
    const deck = compileFixture('pseudo-heading.md');
    const card = deck.cards[0];
    expect(card?.answer).toBe(
      'Two operations race on shared state and the outcome depends on timing.',
    );
    expect(card?.sections).toEqual([
      {
        title: 'REAL WORLD EXAMPLE',
        markdown: 'Two requests decrement the same stock counter at once.',
      },
    ]);
    expect(deck.diagnostics).toEqual([
      expect.objectContaining({ line: 7, column: 1, severity: 'warning' }),
    ]);
  });

  it('does not take bold capitals inside a section for a heading', () => {
    const text =
      '## What is CRUD?\n\n### Concepts\n\n**POST**\n\n- creates\n\n### Answer\n\nCreate, read, update, delete.\n';
    const deck = compileDeck(text, 'crud.md');
    expect(deck.cards[0]?.sections).toEqual([
      { title: 'Concepts', markdown: '**POST**\n\n- creates' },
    ]);
    expect(deck.diagnostics).toEqual([]);
  });

  it('keeps deeper headings inside their section, but never inside the answer', () => {
    const text = [
      '## Question 1: What is a cache?',
      '### Concepts',
      'Intro.',
      '#### Kinds',
      'LRU, LFU.',
      '### Answer',
      'Fast storage.',
      '#### Extra',
      'More.',
    ].join('\n');
    const card = compileDeck(text, 'cache.md').cards[0];
    expect(card?.answer).toBe('Fast storage.');
    expect(card?.sections).toEqual([
      { title: 'Concepts', markdown: 'Intro.\n#### Kinds\nLRU, LFU.' },
      { title: 'Extra', markdown: 'More.' },
    ]);
  });

  it('drops HTML comments, including multi-line ones holding headings', () => {
    const deck = compileFixture('comments.md');
    expect(deck.cards.map((c) => [c.question, c.answer])).toEqual([
      ['What is a cookie?', 'A small piece of data stored by the browser.'],
    ]);
  });

  it('keeps images, links and code verbatim', () => {
    const text = [
      '## What is a diagram?',
      '',
      '### Answer',
      '',
      '![flow](https://example.com/a_(1).png "Flow")',
      'See [the docs](https://example.com/docs?a=1&b=2).',
      '',
      '~~~python',
      '# not a heading',
      '<!-- not a comment -->',
      '~~~',
    ].join('\n');
    expect(compileDeck(text, 'd.md').cards[0]?.answer).toBe(
      [
        '![flow](https://example.com/a_(1).png "Flow")',
        'See [the docs](https://example.com/docs?a=1&b=2).',
        '',
        '~~~python',
        '# not a heading',
        '<!-- not a comment -->',
        '~~~',
      ].join('\n'),
    );
  });

  it('skips a table of contents and back-to-top links', () => {
    const deck = compileFixture('toc-navigation.md');
    expect(deck.cards.map((c) => [c.question, c.answer, c.tags])).toEqual([
      ['What is A?', 'A is first.', []],
      ['What is B?', 'B is second.', []],
    ]);
    expect(deck.diagnostics).toEqual([]);
  });

  it('keeps a line that merely contains an in-page link', () => {
    const text = '## What is C?\n\nSee [A](#what-is-a) for context.\n';
    expect(compileDeck(text, 'c.md').cards[0]?.answer).toBe('See [A](#what-is-a) for context.');
  });
});
