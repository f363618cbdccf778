import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortRanksByKey } from '../../../src/domain/browse/sort-by-key';

/** The obvious sort: by key in the direction asked, missing keys last, ties by rank. */
function referenceSort(
  ranks: number[],
  keys: Map<number, number | null>,
  direction: 'asc' | 'desc',
): number[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...ranks].sort((a, b) => {
    const ka = keys.get(a) ?? null;
    const kb = keys.get(b) ?? null;
    if (ka === null || kb === null) return ka === kb ? a - b : ka === null ? 1 : -1;
    return sign * (ka - kb) || a - b;
  });
}

describe('sortRanksByKey', () => {
  it('orders like a comparator sort: by key, missing keys last, ties by rank', () => {
    const entry = fc.record({
      rank: fc.nat({ max: 5000 }),
      // Few distinct values, so ties and equal keys are common.
      key: fc.option(
        fc.integer({ min: -3, max: 3 }).map((n) => n * 1.5e12),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: (e) => e.rank, maxLength: 60 }),
        fc.constantFrom('asc' as const, 'desc' as const),
        (entries, direction) => {
          const ranks = entries.map((e) => e.rank).sort((a, b) => a - b);
          const keys = new Map(entries.map((e) => [e.rank, e.key]));
          const sorted = sortRanksByKey([...ranks], (rank) => keys.get(rank) ?? null, direction);
          expect(sorted).toEqual(referenceSort(ranks, keys, direction));
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('keeps fractional keys apart (retrievabilities a thousandth apart)', () => {
    const keys = [0.901, 0.9, 0.902, null, 0.9];
    const ranks = [0, 1, 2, 3, 4];
    expect(sortRanksByKey(ranks, (rank) => keys[rank] ?? null, 'asc')).toEqual([1, 4, 0, 2, 3]);
    expect(sortRanksByKey(ranks, (rank) => keys[rank] ?? null, 'desc')).toEqual([2, 0, 1, 4, 3]);
  });

  it('still sorts when ranks are too large to pack', () => {
    const ranks = [5, 2 ** 21, 2 ** 22];
    const keys = new Map([
      [5, 3],
      [2 ** 21, 1],
      [2 ** 22, 2],
    ]);
    expect(sortRanksByKey(ranks, (rank) => keys.get(rank) ?? null, 'asc')).toEqual([
      2 ** 21,
      2 ** 22,
      5,
    ]);
  });
});
