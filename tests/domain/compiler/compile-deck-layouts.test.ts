import { describe, expect, it } from 'vitest';
import { cardText, compileFixture } from './fixtures';

describe('compileDeck: layouts of real-world banks', () => {
  it('strips "Q.", "Q:" and "Question:" from headings, and numbers only Q4. and Question 5:', () => {
    const deck = compileFixture('question-prefixes.md');
    expect(deck.cards.map((card) => [card.number, card.question])).toEqual([
      [null, 'What is a process?'],
      [null, 'What is a thread?'],
      [null, 'What is a mutex?'],
      [4, 'What is a semaphore?'],
      [5, 'What is a deadlock?'],
      [null, 'Q4 planning: what changes next quarter?'],
      [null, 'Q1?'],
    ]);
    expect(deck.cards[0]?.id).toBe('question-prefixes/what-is-a-process');
  });

  it('reads "Q.", "Q:" and "Question:" lines as questions and leaves "Q1?" as text', () => {
    const deck = compileFixture('question-lines.md');
    expect(deck.cards.map((card) => [card.number, card.question])).toEqual([
      [null, 'What is a page fault?'],
      [null, 'What is swapping?'],
      [null, 'What is thrashing?'],
      [3, 'What is a TLB?'],
    ]);
    expect(deck.cards[3]?.answer).toContain('Q1? is what we call the first quarter.');
  });

  it('makes no card of chapter headings, translation lists, a contents <details> or back-to-top links', () => {
    const deck = compileFixture('chapters-navigation.md');
    expect(deck.cards.map((card) => card.question)).toEqual([
      'What is a subnet?',
      'What is a gateway?',
    ]);
    const text = deck.cards.map(cardText).join('\n');
    expect(text).not.toMatch(/back to top|README|Introduction|Related|Linux questions/i);
    expect(deck.cards.map((card) => card.tags)).toEqual([['networking'], ['networking']]);
    expect(deck.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives clean tags for headings with emoji shortcodes, anchors, links and counts', () => {
    const deck = compileFixture('decorated-categories.md');
    expect(deck.cards.map((card) => card.tags)).toEqual([
      ['junior-sysadmin'],
      ['system-questions'],
      ['containers'],
    ]);
  });

  it('keeps inline formatting HTML in the answer for the renderer, and none in the question', () => {
    const deck = compileFixture('inline-html.md');
    const [mutex, typeOf] = deck.cards;
    expect(mutex?.question).toBe('What is a mutex?');
    expect(mutex?.id).toBe('inline-html/what-is-a-mutex');
    for (const kept of [
      'A lock with an <i>owner</i>.<br>Only the owner may unlock it.',
      '<p>Use <code>pthread_mutex_lock</code>, press <kbd>Ctrl</kbd>+<kbd>C</kbd> to stop.</p>',
      '<pre>\nlock(m);\nunlock(m);\n</pre>',
      'H<sub>2</sub>O and area grows as r<sup>2</sup>.',
    ]) {
      expect(mutex?.answer).toContain(kept);
    }
    expect(typeOf?.question).toBe('What does `typeof` return?');
    expect(deck.cards).toHaveLength(2);
  });
});
