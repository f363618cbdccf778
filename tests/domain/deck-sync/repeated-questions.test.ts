import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { planDeckSync } from '../../../src/domain/deck-sync/plan-deck-sync';
import { compileBank, HUNDRED_TWENTY } from './output-bank';
import { toStoredCards } from './sample-bank';

describe('ids of questions that read the same', () => {
  it('gives 120 "What\'s the output?" questions distinct ids, without a warning', () => {
    const deck = compileBank(HUNDRED_TWENTY);
    expect(new Set(deck.cards.map((card) => card.id)).size).toBe(120);
    expect(deck.cards.every((card) => card.id.startsWith('output/what-s-the-output-'))).toBe(true);
    expect(deck.diagnostics).toEqual([]);
  });

  it('keeps every card, with its id and progress, when one is inserted at the top', () => {
    const before = toStoredCards(compileBank(HUNDRED_TWENTY));
    const after = compileBank([500, ...HUNDRED_TWENTY]);
    const plan = planDeckSync(before, after.cards);
    expect(plan.counts).toEqual({
      added: 1,
      updated: 0,
      renamed: 0,
      unchanged: 120,
      removed: 0,
      restored: 0,
    });
    expect(after.cards.slice(1).map((card) => card.id)).toEqual(before.map((card) => card.id));
  });

  it('updates a card whose prompt was edited, under the same id when its question is unique', () => {
    const text = (code: string) =>
      `## What does this print?\n\n\`\`\`js\n${code}\n\`\`\`\n\n### Answer\n\n2\n`;
    const before = toStoredCards(compileDeck(text('console.log(1 + 1);'), 'p.md'));
    const after = compileDeck(text('console.log(4 / 2);'), 'p.md');
    const plan = planDeckSync(before, after.cards);
    expect(plan.counts.updated).toBe(1);
    expect(plan.updated[0]?.card.prompt).toBe('```js\nconsole.log(4 / 2);\n```');
  });
});
