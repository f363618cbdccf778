import { describe, expect, it } from 'vitest';
import type { CardChoice } from '../../../src/domain/card-types';
import { hashCardContent, hashDeck, hashText } from '../../../src/domain/deck-sync/content-hash';
import { buildDeck, ORIGINAL } from './sample-bank';

const deck = buildDeck(ORIGINAL);
const card = deck.cards[0];
if (!card) throw new Error('empty bank');

describe('hashCardContent', () => {
  it('is stable for the same content and ignores where the card sits in the file', () => {
    expect(hashCardContent({ ...card, source: { file: 'other.md', line: 99 } })).toBe(
      hashCardContent(card),
    );
  });

  it('changes when anything the user reads changes', () => {
    const base = hashCardContent(card);
    const edits = [
      { ...card, question: `${card.question}?` },
      { ...card, answer: `${card.answer} ` },
      { ...card, tags: ['http'] },
      { ...card, number: 7 },
      { ...card, sections: [{ title: 'Concepts', markdown: 'other notes' }] },
      { ...card, sections: [] },
    ];
    const hashes = new Set(edits.map(hashCardContent));
    expect(hashes.size).toBe(edits.length);
    expect(hashes.has(base)).toBe(false);
  });

  it('changes when the prompt or the given choices change', () => {
    const choices: CardChoice[] = [
      { text: '80', correct: false },
      { text: '443', correct: true },
    ];
    const edits = [
      { ...card, prompt: '```js\nconsole.log(1);\n```' },
      { ...card, prompt: '```js\nconsole.log(2);\n```' },
      { ...card, choices },
      {
        ...card,
        choices: [
          { text: '80', correct: false },
          { text: '443', correct: false },
        ],
      },
      {
        ...card,
        choices: [
          { text: '80', correct: true },
          { text: '443', correct: false },
        ],
      },
    ];
    const hashes = new Set([hashCardContent(card), ...edits.map(hashCardContent)]);
    expect(hashes.size).toBe(edits.length + 1);
  });

  it('is the same for an empty prompt as for none, so cards stored before prompts stay unchanged', () => {
    expect(hashCardContent({ ...card, prompt: '' })).toBe(hashCardContent(card));
    expect(hashCardContent({ ...card, prompt: '', choices: [] })).toBe(hashCardContent(card));
  });

  it('does not confuse text moved between neighbouring fields', () => {
    const a = { ...card, question: 'ab', answer: 'c' };
    const b = { ...card, question: 'a', answer: 'bc' };
    expect(hashCardContent(a)).not.toBe(hashCardContent(b));
  });
});

describe('hashDeck', () => {
  it('is the same for an identical deck and differs when cards are reordered', () => {
    expect(hashDeck(buildDeck(ORIGINAL))).toBe(hashDeck(deck));
    expect(hashDeck(buildDeck([...ORIGINAL].reverse()))).not.toBe(hashDeck(deck));
  });

  it('differs when only the deck title changes', () => {
    expect(hashDeck({ ...deck, deck: { ...deck.deck, title: 'Web' } })).not.toBe(hashDeck(deck));
  });
});

describe('hashText', () => {
  it('gives 16 hex digits and spreads near-identical inputs', () => {
    const hashes = new Set(Array.from({ length: 20000 }, (_, i) => hashText(`card ${i}`)));
    expect(hashes.size).toBe(20000);
    expect(hashText('')).toMatch(/^[0-9a-f]{16}$/);
  });
});
