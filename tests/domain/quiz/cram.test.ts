import { describe, expect, it } from 'vitest';
import { type CramFilter, selectCramCards } from '../../../src/domain/quiz/cram';
import { createSeededRandom } from '../../../src/domain/quiz/random';

const cards = [
  {
    id: '1',
    deckId: 'net',
    question: 'What is DNS?',
    answer: 'Names to addresses.',
    tags: ['dns'],
  },
  { id: '2', deckId: 'net', question: 'What is TCP?', answer: 'Reliable streams.', tags: ['tcp'] },
  {
    id: '3',
    deckId: 'db',
    question: 'What is an index?',
    answer: 'A B-tree on a column.',
    tags: [],
  },
  {
    id: '4',
    deckId: 'db',
    question: 'What is MVCC?',
    answer: 'Snapshots for readers.',
    tags: ['tcp'],
  },
];

const all: CramFilter = { deckId: null, tag: null, search: '', order: 'in-order' };

function ids(filter: Partial<CramFilter>, seed = 42): string[] {
  return selectCramCards(cards, { ...all, ...filter }, createSeededRandom(seed)).map((c) => c.id);
}

describe('selectCramCards', () => {
  it('keeps every card in the given order when nothing narrows it', () => {
    expect(ids({})).toEqual(['1', '2', '3', '4']);
  });

  it('narrows by deck, by tag and by case-insensitive search in question, answer or tags', () => {
    expect(ids({ deckId: 'db' })).toEqual(['3', '4']);
    expect(ids({ tag: 'tcp' })).toEqual(['2', '4']);
    expect(ids({ search: 'b-TREE' })).toEqual(['3']);
    expect(ids({ search: 'mvcc' })).toEqual(['4']);
    expect(ids({ search: 'DNS' })).toEqual(['1']);
    expect(ids({ deckId: 'net', tag: 'tcp' })).toEqual(['2']);
    expect(ids({ search: 'nothing like this' })).toEqual([]);
  });

  it('shuffles the same cards, the same way for the same seed', () => {
    const shuffled = ids({ order: 'shuffled' }, 3);
    expect([...shuffled].sort()).toEqual(['1', '2', '3', '4']);
    expect(ids({ order: 'shuffled' }, 3)).toEqual(shuffled);
    const orders = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) => ids({ order: 'shuffled' }, seed).join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});
