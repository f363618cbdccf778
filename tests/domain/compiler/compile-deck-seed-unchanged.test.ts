import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { hashCardContent } from '../../../src/domain/deck-sync/content-hash';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BANK = 'cards/backend-fundamentals.md';

type Expected = { id: string; line: number; contentHash: string };

// Ids, lines and content hashes of the built-in bank as compiled before cards had prompts:
// a user's progress hangs on the ids, and an unchanged hash means nothing is rewritten.
const expected: Expected[] = JSON.parse(
  readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-bank-cards.json'), 'utf8'),
);

describe('the built-in bank under prompts and choices', () => {
  const deck = compileDeck(readFileSync(join(ROOT, BANK), 'utf8'), BANK);

  it('compiles to the same ids, lines and content as before', () => {
    const actual = deck.cards.map((card) => ({
      id: card.id,
      line: card.source.line,
      contentHash: hashCardContent(card),
    }));
    expect(actual).toEqual(expected);
  });

  it('gives every card an empty prompt and no choices', () => {
    expect(deck.cards.map((card) => card.prompt)).toEqual(expected.map(() => ''));
    expect(deck.cards.filter((card) => 'choices' in card)).toEqual([]);
  });
});
