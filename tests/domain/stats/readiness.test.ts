import { describe, expect, it } from 'vitest';
import { State } from '../../../src/domain/card-state';
import { computeReadiness } from '../../../src/domain/stats/readiness';
import { card, input, row } from './readiness-fixtures';

// Hand-worked with FSRS-6's default decay d = 0.1542: R(t) = (1 + f t / S)^-d with
// f = 0.9^(-1/d) - 1 = 0.98036, so R(S) = 0.9 and R(3S) = 3.94108^-0.1542 = 0.80939.
const bank = input({
  cards: [
    card('a1', 'a', { tags: ['http'] }),
    card('a2', 'a', { tags: ['http', 'rest'], position: 1 }),
    card('a3', 'a', { tags: ['http'], position: 2, status: 'suspended' }),
    card('a4', 'a', { tags: ['http'], position: 3, status: 'removed' }),
    card('b1', 'b', { tags: ['rest'] }),
    card('b2', 'b', { position: 1 }),
  ],
  schedule: [
    row('a1', 10, 10),
    row('a2', 10, 0),
    row('a3', 1, 30),
    row('a4', 1, 30),
    row('b1', 2, 6),
  ],
});

describe('computeReadiness', () => {
  it('predicts 0.90 for a card of stability 10 days reviewed 10 days before, and 0 for a new card', () => {
    const { studyFirst, decks } = computeReadiness(
      input({ cards: [card('a1', 'a'), card('b2', 'b')], schedule: [row('a1', 10, 10)] }),
    );
    expect(decks.map((d) => [d.name, d.recall])).toEqual([
      ['Alpha', expect.closeTo(0.9, 6)],
      ['Beta', 0],
    ]);
    expect(studyFirst.map((entry) => [entry.card.id, entry.isLearned, entry.recall])).toEqual([
      ['b2', false, 0],
    ]);
  });

  it('averages per deck over active cards, new ones counting 0, and says how many are learned', () => {
    const { decks } = computeReadiness(bank);
    expect(decks).toEqual([
      {
        id: 'a',
        name: 'Alpha',
        cards: 2,
        learned: 2,
        recall: expect.closeTo(0.95, 6),
        learnedRecall: expect.closeTo(0.95, 6),
      },
      {
        id: 'b',
        name: 'Beta',
        cards: 2,
        learned: 1,
        recall: expect.closeTo(0.80939 / 2, 5),
        learnedRecall: expect.closeTo(0.80939, 5),
      },
    ]);
  });

  it('averages per tag by name, and overall over every active card', () => {
    const { tags, overall } = computeReadiness(bank);
    expect(tags.map((t) => [t.name, t.cards, t.learned, t.recall])).toEqual([
      ['http', 2, 2, expect.closeTo(0.95, 6)],
      ['rest', 2, 2, expect.closeTo((1 + 0.80939) / 2, 5)],
    ]);
    expect(overall).toMatchObject({ cards: 4, learned: 3 });
    expect(overall.recall).toBeCloseTo((0.9 + 1 + 0.80939 + 0) / 4, 5);
    expect(overall.learnedRecall).toBeCloseTo((0.9 + 1 + 0.80939) / 3, 5);
  });

  it('leaves suspended and removed cards out of every figure and the study list', () => {
    const { overall, studyFirst, tags } = computeReadiness(bank);
    const ids = studyFirst.map((entry) => entry.card.id);
    expect(ids).not.toContain('a3');
    expect(ids).not.toContain('a4');
    expect(tags.find((t) => t.name === 'http')?.cards).toBe(2);
    expect(overall.cards).toBe(4);
  });

  it('treats a card reset to new as new, whatever its old stability', () => {
    const reset = { ...row('a1', 10, 1), state: State.New };
    const { overall } = computeReadiness(input({ cards: [card('a1', 'a')], schedule: [reset] }));
    expect(overall).toMatchObject({ cards: 1, learned: 0, recall: 0, learnedRecall: null });
  });

  it("uses the user's trained weights: a decay of 0.5 gives 0.766 at three times the stability", () => {
    const weights = [...Array.from({ length: 20 }, () => 1), 0.5];
    const cards = [card('a1', 'a')];
    const schedule = [row('a1', 10, 30)];
    expect(computeReadiness(input({ cards, schedule, weights })).overall.recall).toBeCloseTo(
      0.76613,
      5,
    );
    expect(computeReadiness(input({ cards, schedule })).overall.recall).toBeCloseTo(0.80939, 5);
  });

  it('gives a zero summary and an empty list when there is no active card', () => {
    const result = computeReadiness(input({ cards: [card('a1', 'a', { status: 'suspended' })] }));
    expect(result.overall).toMatchObject({ cards: 0, learned: 0, recall: 0 });
    expect(result.decks).toEqual([]);
    expect(result.tags).toEqual([]);
    expect(result.studyFirst).toEqual([]);
  });
});
