import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReadiness } from '../../../src/domain/stats/readiness';
import { card, input, row } from './readiness-fixtures';

describe('study first', () => {
  // Deck order is Zeta before Alpha on purpose: ties follow the given order, not titles.
  const decks = [
    { id: 'z', title: 'Zeta' },
    { id: 'a', title: 'Alpha' },
  ];
  const cards = [
    card('a-low', 'a', { position: 0 }),
    card('a-tied', 'a', { position: 1 }),
    card('a-new', 'a', { position: 2 }),
    card('a-fresh', 'a', { position: 3 }),
    card('z-tied', 'z', { position: 4 }),
    card('z-mid', 'z', { position: 1 }),
    card('z-new-late', 'z', { position: 9 }),
    card('z-new-early', 'z', { position: 3 }),
  ];
  const schedule = [
    row('a-low', 1, 20),
    row('a-tied', 1, 5),
    row('z-tied', 1, 5),
    row('z-mid', 1, 2),
    row('a-fresh', 100, 1),
  ];

  it('lists decayed learned cards lowest first, then new cards in deck order, skipping safe ones', () => {
    const { studyFirst } = computeReadiness(input({ decks, cards, schedule }));
    expect(studyFirst.map((entry) => entry.card.id)).toEqual([
      'a-low',
      'z-tied',
      'a-tied',
      'z-mid',
      'z-new-early',
      'z-new-late',
      'a-new',
    ]);
    expect(studyFirst.map((entry) => entry.deckTitle).slice(0, 2)).toEqual(['Alpha', 'Zeta']);
    const recalls = studyFirst.filter((e) => e.isLearned).map((e) => e.recall);
    expect(recalls).toEqual([...recalls].sort((x, y) => x - y));
    expect(Math.max(...recalls)).toBeLessThan(0.9);
  });

  it('holds at most the limit, 20 by default', () => {
    const many = Array.from({ length: 30 }, (_, i) => card(`a${i}`, 'a', { position: i }));
    expect(computeReadiness(input({ cards: many })).studyFirst).toHaveLength(20);
    const top = computeReadiness(input({ decks, cards, schedule, studyFirstLimit: 2 }));
    expect(top.studyFirst.map((entry) => entry.card.id)).toEqual(['a-low', 'z-tied']);
  });

  it('includes a learned card only while it falls below the desired retention', () => {
    const one = { cards: [card('a1', 'a')], schedule: [row('a1', 10, 10)] };
    // Recall 0.90 on the day: below a 0.95 target, at or above 0.85.
    expect(computeReadiness(input({ ...one, desiredRetention: 0.95 })).studyFirst).toHaveLength(1);
    expect(computeReadiness(input({ ...one, desiredRetention: 0.85 })).studyFirst).toHaveLength(0);
  });
});

describe('readiness figures (property)', () => {
  const arbitraryCard = fc.record({
    deck: fc.constantFrom('a', 'b', 'c'),
    tags: fc.subarray(['http', 'rest', 'sql']),
    status: fc.constantFrom('active', 'active', 'active', 'suspended', 'removed' as const),
    review: fc.option(
      fc.record({
        stability: fc.double({ min: 0.1, max: 400, noNaN: true }),
        daysBefore: fc.integer({ min: 0, max: 500 }),
      }),
    ),
  });

  it('keeps every mean within 0..1 and the overall mean the card-weighted mean of the decks', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCard, { maxLength: 40 }), (specs) => {
        const cards = specs.map((s, i) =>
          card(`${s.deck}${i}`, s.deck, { tags: s.tags, status: s.status, position: i }),
        );
        const schedule = specs.flatMap((s, i) =>
          s.review ? [row(`${s.deck}${i}`, s.review.stability, s.review.daysBefore)] : [],
        );
        const result = computeReadiness(input({ cards, schedule }));
        const summaries = [result.overall, ...result.decks, ...result.tags];
        expect(summaries.every((s) => s.recall >= 0 && s.recall <= 1)).toBe(true);
        const weighted = result.decks.reduce((sum, d) => sum + d.recall * d.cards, 0);
        expect(result.overall.recall * result.overall.cards).toBeCloseTo(weighted, 9);
        expect(result.studyFirst.every((e) => !e.isLearned || e.recall < 0.9)).toBe(true);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('gives a shorter study list as the start of the longer one: decayed by recall, then new', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryCard, { maxLength: 60 }),
        fc.integer({ min: 0, max: 25 }),
        (specs, limit) => {
          const cards = specs.map((s, i) =>
            card(`${s.deck}${i}`, s.deck, { tags: s.tags, status: s.status, position: i }),
          );
          const schedule = specs.flatMap((s, i) =>
            s.review ? [row(`${s.deck}${i}`, s.review.stability, s.review.daysBefore)] : [],
          );
          const full = computeReadiness(input({ cards, schedule, studyFirstLimit: 1000 }));
          const short = computeReadiness(input({ cards, schedule, studyFirstLimit: limit }));
          expect(short.studyFirst).toEqual(full.studyFirst.slice(0, limit));
          const learned = full.studyFirst.filter((e) => e.isLearned);
          expect(full.studyFirst.slice(0, learned.length)).toEqual(learned);
          expect(learned.map((e) => e.recall)).toEqual(
            learned.map((e) => e.recall).sort((x, y) => x - y),
          );
          const active = cards.filter((c) => c.status === 'active');
          expect(full.studyFirst.length).toBe(
            active.length - full.overall.learned + learned.length,
          );
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
