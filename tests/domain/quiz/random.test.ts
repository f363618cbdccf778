import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeededRandom, pickIndex, shuffle } from '../../../src/domain/quiz/random';

describe('seeded randomness', () => {
  it('repeats the same sequence for the same seed, and another for another seed', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const c = createSeededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const value of first) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('shuffles into a permutation of the input and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const shuffled = shuffle(items, createSeededRandom(seed));
        expect(items).toEqual(copy);
        expect([...shuffled].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('picks every index of a range, and only those', () => {
    const random = createSeededRandom(7);
    const seen = new Set(Array.from({ length: 200 }, () => pickIndex(4, random)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
    expect(pickIndex(4, () => 0.999_999_999_999)).toBe(3);
  });
});
