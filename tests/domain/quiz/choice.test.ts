import { describe, expect, it } from 'vitest';
import type { CompiledCard } from '../../../src/domain/card-types';
import {
  buildChoiceQuestion,
  CHOICE_OPTION_COUNT,
  hasEnoughChoices,
  prepareChoiceEntries,
  selectPlayableEntries,
} from '../../../src/domain/quiz/choice';
import { createSeededRandom } from '../../../src/domain/quiz/random';
import { compileBuiltInBank } from './built-in-bank';

const entries = prepareChoiceEntries(compileBuiltInBank().cards);

function card(id: string, answer: string, tags: string[] = []): CompiledCard {
  return {
    id,
    deckId: 'd',
    number: null,
    question: `Question ${id}?`,
    answer,
    sections: [],
    tags,
    source: { file: 'd.md', line: 1 },
  };
}

function build(cards: CompiledCard[], targetId: string, seed = 42) {
  const pool = prepareChoiceEntries(cards);
  const target = pool.find((entry) => entry.card.id === targetId);
  if (!target) throw new Error(targetId);
  return buildChoiceQuestion(target, pool, createSeededRandom(seed));
}

describe('buildChoiceQuestion on the built-in bank', () => {
  it('gives four different options with exactly one correct answer, at correctIndex', () => {
    const random = createSeededRandom(42);
    for (const target of entries) {
      const question = buildChoiceQuestion(target, entries, random);
      if (!question) throw new Error('expected a question');
      expect(question.options).toHaveLength(CHOICE_OPTION_COUNT);
      expect(new Set(question.options.map((o) => o.text.toLowerCase())).size).toBe(4);
      expect(question.options.filter((o) => o.isCorrect)).toHaveLength(1);
      expect(question.options[question.correctIndex]).toMatchObject({
        cardId: target.card.id,
        text: target.text,
        isCorrect: true,
      });
    }
  });

  it('puts the correct option in every position across the deck, the same way for the same seed', () => {
    const positions = (seed: number) => {
      const random = createSeededRandom(seed);
      return entries.map((target) => buildChoiceQuestion(target, entries, random)?.correctIndex);
    };
    expect(new Set(positions(42))).toEqual(new Set([0, 1, 2, 3]));
    expect(positions(42)).toEqual(positions(42));
    expect(positions(7)).not.toEqual(positions(42));
  });

  it('prefers distractors that share key terms: PUT vs PATCH is asked against other method answers', () => {
    const target = entries.find((entry) =>
      entry.card.question.startsWith('Difference between PUT'),
    );
    if (!target) throw new Error('missing card');
    const question = buildChoiceQuestion(target, entries, createSeededRandom(1));
    const methods = entries.find((entry) =>
      entry.card.question.startsWith('What are HTTP methods'),
    );
    expect(question?.options.map((o) => o.cardId)).toContain(methods?.card.id);
  });
});

describe('buildChoiceQuestion on small and repetitive decks', () => {
  it('takes distractors that share a tag before unrelated ones', () => {
    const cards = [
      card('a', 'Alpha answer', ['net']),
      card('b', 'Bravo answer', ['net']),
      card('c', 'Charlie answer', ['net']),
      card('d', 'Delta answer', ['net']),
      card('e', 'Echo answer', ['db']),
      card('f', 'Foxtrot answer', ['db']),
    ];
    for (const seed of [1, 2, 3, 4, 5]) {
      const ids = build(cards, 'a', seed)?.options.map((o) => o.cardId);
      expect([...(ids ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
    }
  });

  it('never offers the same answer twice, even when cards repeat an answer', () => {
    const cards = [
      card('a', 'Same answer'),
      card('b', 'same   ANSWER'),
      card('c', 'Other one'),
      card('d', 'Third one'),
      card('e', 'Fourth one'),
    ];
    const texts = build(cards, 'a')?.options.map((o) => o.text.toLowerCase().replace(/\s+/g, ' '));
    expect(new Set(texts).size).toBe(4);
    expect(texts).not.toContain(undefined);
  });

  it('says there are too few when the deck has fewer than four different answers', () => {
    const cards = [card('a', 'One'), card('b', 'Two'), card('c', 'Three'), card('d', 'three')];
    expect(build(cards, 'a')).toBeNull();
    expect(hasEnoughChoices(prepareChoiceEntries(cards))).toBe(false);
    expect(hasEnoughChoices(prepareChoiceEntries([...cards, card('e', 'Four')]))).toBe(true);
  });
});

describe("buildChoiceQuestion with the bank's own choices", () => {
  const own = [
    { text: '`"null"`', correct: false },
    { text: '`"object"`', correct: true },
    { text: '`"undefined"`', correct: false },
    { text: 'It throws', correct: false },
    { text: '`"number"`', correct: false },
  ];
  const withChoices = (id: string, choices = own): CompiledCard => ({
    ...card(id, 'Answer: B'),
    choices,
  });

  it('offers all of the card’s own options in the bank’s order, the right one marked', () => {
    for (const seed of [1, 2, 3]) {
      const question = build([withChoices('t'), card('b', 'Bravo')], 't', seed);
      expect(question?.options.map((o) => o.text)).toEqual([
        '"null"',
        '"object"',
        '"undefined"',
        'It throws',
        '"number"',
      ]);
      expect(question?.options.map((o) => o.isCorrect)).toEqual([false, true, false, false, false]);
      expect(question?.correctIndex).toBe(1);
      expect(question?.correctIndexes).toEqual([1]);
    }
  });

  it('marks every option the bank marks right', () => {
    const two = [
      { text: 'GET', correct: true },
      { text: 'POST', correct: false },
      { text: 'PUT', correct: true },
    ];
    const question = build([withChoices('t', two)], 't');
    expect(question?.correctIndexes).toEqual([0, 2]);
  });

  it('takes distractors for other cards only from cards without options of their own', () => {
    const cards = [
      card('a', 'Alpha answer'),
      card('b', 'Bravo answer'),
      card('c', 'Charlie answer'),
      card('d', 'Delta answer'),
      withChoices('q'),
    ];
    for (const seed of [1, 2, 3, 4, 5]) {
      const ids = build(cards, 'a', seed)?.options.map((o) => o.cardId);
      expect([...(ids ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
    }
  });

  it('asks only the cards with their own options when the deck has too few answers for the rest', () => {
    const cards = [card('a', 'One'), card('b', 'Two'), withChoices('q'), withChoices('r')];
    const entries = prepareChoiceEntries(cards);
    expect(hasEnoughChoices(entries)).toBe(false);
    expect(selectPlayableEntries(entries).map((entry) => entry.card.id)).toEqual(['q', 'r']);
    const enough = prepareChoiceEntries([...cards, card('c', 'Three'), card('d', 'Four')]);
    expect(selectPlayableEntries(enough)).toHaveLength(6);
  });
});
