import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { compileFixture } from './fixtures';

describe('compileDeck: prompts', () => {
  it('shows the code and options of "What\'s the output?" with the question, not in a section', () => {
    const card = compileFixture('prompt-output.md').cards[0];
    expect(card?.question).toBe("What's the output?");
    expect(card?.prompt).toBe(
      [
        '```js',
        'console.log(typeof null);',
        '```',
        '',
        '- A: `"null"`',
        '- B: `"object"`',
        '- C: `"undefined"`',
      ].join('\n'),
    );
    expect(card?.sections).toEqual([]);
    expect(card?.answer).toBe('B\n\n`typeof null` is `"object"`, a bug kept for compatibility.');
  });

  it('makes a diagram the prompt when the question points at it, and keeps an illustration a section', () => {
    const deck = compileFixture('prompt-output.md');
    expect(deck.cards[1]?.prompt).toBe('![Flow](https://example.com/flow.png)');
    expect(deck.cards[1]?.sections).toEqual([]);
    expect(deck.cards[2]?.prompt).toBe('');
    expect(deck.cards[2]?.sections).toEqual([
      { title: 'Notes', markdown: '![Load balancer](https://example.com/lb.png)' },
    ]);
  });

  it('always sets a prompt, empty when the question has none', () => {
    const deck = compileDeck('## What is DNS?\n\nThe phone book of the internet.\n', 'dns.md');
    expect(deck.cards[0]?.prompt).toBe('');
    expect(deck.cards[0]).not.toHaveProperty('choices');
  });

  it('takes the code of a multi-line <summary> as the prompt and its first sentence as the question', () => {
    const deck = compileFixture('details-multiline-summary.md');
    expect(deck.cards.map((card) => [card.question, card.prompt, card.answer])).toEqual([
      [
        'What does this print?',
        '```js\nconsole.log([] + []);\n```',
        'An empty string: both arrays become "".',
      ],
      [
        'What is logged when this runs?',
        "Assume strict mode.\n\n<pre>\n'use strict';\nconsole.log(this);\n</pre>",
        '`undefined`.',
      ],
      ['What is a closure?', '', 'A function with the scope it was created in.'],
    ]);
    expect(deck.diagnostics).toEqual([]);
  });
});

describe('compileDeck: given choices', () => {
  const deck = compileFixture('given-choices.md');
  const choicesOf = (index: number) => deck.cards[index]?.choices;

  it('reads "- A: ..." options with "Answer: D"', () => {
    expect(choicesOf(0)).toEqual([
      { text: '80', correct: false },
      { text: '8080', correct: false },
      { text: '21', correct: false },
      { text: '443', correct: true },
    ]);
  });

  it('reads "a) ..." options with "**Answer:** c"', () => {
    expect(choicesOf(1)).toEqual([
      { text: 'POST', correct: false },
      { text: 'PATCH', correct: false },
      { text: 'PUT', correct: true },
    ]);
  });

  it('reads "A. ..." options with "Correct answer: A"', () => {
    expect(choicesOf(2)?.map((choice) => choice.correct)).toEqual([true, false, false]);
    expect(deck.cards[2]?.answer).toBe('A');
  });

  it('reads checkbox options, each [x] marking a right one', () => {
    expect(choicesOf(3)).toEqual([
      { text: 'GET', correct: true },
      { text: 'FETCH', correct: false },
      { text: 'DELETE', correct: true },
    ]);
  });

  it('gives no choices when no option is marked right, and keeps the options in the prompt', () => {
    expect(deck.cards[4]).not.toHaveProperty('choices');
    expect(deck.cards[4]?.prompt).toBe('- A: Network\n- B: Transport');
  });

  it('keeps every set of options visible in the prompt', () => {
    expect(deck.cards.map((card) => (card.prompt ?? '').split('\n').length)).toEqual([
      4, 3, 3, 3, 2,
    ]);
  });

  it('does not read an answer that starts with the word "A" as option A', () => {
    const text = [
      '## Which is a process?',
      '',
      '- A: A running program',
      '- B: A file on disk',
      '',
      '### Answer',
      '',
      'A running program, with its own memory.',
    ].join('\n');
    const card = compileDeck(text, 'process.md').cards[0];
    expect(card?.choices).toEqual([
      { text: 'A running program', correct: true },
      { text: 'A file on disk', correct: false },
    ]);
    const vague = compileDeck(text.replace('A running program, with', 'Any program, with'), 'p.md');
    expect(vague.cards[0]).not.toHaveProperty('choices');
  });
});
