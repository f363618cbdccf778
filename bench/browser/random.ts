// A fixed pseudo-random sequence, so every run seeds and rates the same collection.
export type Random = () => number;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function pickFrom<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pickFrom needs at least one item');
  return item;
}

/** A UUID-shaped id like crypto.randomUUID() makes, so the reviews' primary key spreads the same way. */
export function createUuid(random: Random): string {
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/**
 * A UUID-shaped id whose first eight hex digits count up: rows written in that order append
 * to the end of the primary key, which IndexedDB writes faster than keys spread at random.
 */
export function createOrderedUuid(sequence: number, random: Random): string {
  const uuid = createUuid(random);
  return `${sequence.toString(16).padStart(8, '0')}${uuid.slice(8)}`;
}
