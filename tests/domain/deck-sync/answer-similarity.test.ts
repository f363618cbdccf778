import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findSimilarPairs,
  measureJaccard,
  toWordShingles,
} from '../../../src/domain/deck-sync/answer-similarity';

describe('toWordShingles', () => {
  it('ignores case, punctuation and markdown', () => {
    expect(toWordShingles('**PUT** replaces; `PATCH` updates.')).toEqual(
      toWordShingles('put replaces patch updates'),
    );
  });

  it('keeps a short text as one shingle and an empty one as none', () => {
    expect([...toWordShingles('Yes')]).toEqual(['yes']);
    expect(toWordShingles('  --- ').size).toBe(0);
  });
});

describe('findSimilarPairs', () => {
  const words = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
  const text = fc.array(words, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
  const texts = fc.array(text, { minLength: 0, maxLength: 12 });

  it('finds exactly the pairs a brute-force comparison finds', () => {
    fc.assert(
      fc.property(texts, texts, fc.constantFrom(0.5, 0.8, 1), (left, right, threshold) => {
        const a = left.map((t) => toWordShingles(t));
        const b = right.map((t) => toWordShingles(t));
        const expected = a.flatMap((x, i) =>
          b.flatMap((y, j) => {
            const similarity = measureJaccard(x, y);
            return similarity >= threshold ? [`${i}:${j}`] : [];
          }),
        );
        const found = findSimilarPairs(a, b, threshold).map((p) => `${p.left}:${p.right}`);
        expect(found.sort()).toEqual(expected.sort());
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('scores a one-word edit of a long answer above the rename threshold', () => {
    const answer =
      'A closure is a function bundled with the variables of the scope it was created in, so it can still read them later.';
    const edited = answer.replace('bundled', 'packaged');
    const [pair] = findSimilarPairs([toWordShingles(answer)], [toWordShingles(edited)], 0.8);
    expect(pair?.similarity).toBeGreaterThanOrEqual(0.8);
    expect(pair?.similarity).toBeLessThan(1);
  });
});
