import type { SortDirection } from './browse-types';

// Sorting 100,000 cards with a comparator function costs tens of milliseconds; a typed array of
// plain numbers sorts natively in a few. Each card's key is scaled to a whole number below 2^32
// and packed with its rank as key * 2^20 + rank, which a double holds exactly, so one native sort
// orders by key and breaks ties by rank. Keys closer than a 2^32nd of their range tie.
const rankSlots = 2 ** 20;
const keySteps = 2 ** 32 - 1;

/**
 * Ranks ordered by key in the direction asked, ties in rank order. Ranks
 * whose key is null come last, in rank order. May return the same array.
 */
export function sortRanksByKey(
  ranks: number[],
  readKey: (rank: number) => number | null,
  direction: SortDirection,
): number[] {
  const keys = new Float64Array(ranks.length);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let largestRank = 0;
  ranks.forEach((rank, i) => {
    const key = readKey(rank);
    const value = key === null || Number.isNaN(key) ? Number.NaN : key;
    keys[i] = value;
    if (value < min) min = value;
    if (value > max) max = value;
    if (rank > largestRank) largestRank = rank;
  });
  if (largestRank >= rankSlots) return sortWithComparator(ranks, keys, direction);
  const span = max > min ? max - min : 1;
  const packed = new Float64Array(ranks.length);
  ranks.forEach((rank, i) => {
    const key = keys[i] ?? Number.NaN;
    const unit = (key - min) / span;
    const step = Number.isNaN(key)
      ? keySteps + 1
      : Math.round((direction === 'asc' ? unit : 1 - unit) * keySteps);
    packed[i] = step * rankSlots + rank;
  });
  packed.sort();
  return Array.from(packed, (value) => value % rankSlots);
}

function sortWithComparator(
  ranks: number[],
  keys: Float64Array,
  direction: SortDirection,
): number[] {
  const sign = direction === 'asc' ? 1 : -1;
  const order = ranks.map((_, i) => i);
  const sortable = (i: number) => {
    const key = keys[i] ?? Number.NaN;
    return Number.isNaN(key) ? Number.POSITIVE_INFINITY : sign * key;
  };
  order.sort((a, b) => sortable(a) - sortable(b) || (ranks[a] ?? 0) - (ranks[b] ?? 0));
  return order.map((i) => ranks[i] ?? 0);
}
