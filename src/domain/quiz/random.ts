/** A source of numbers in [0, 1). The feature layer seeds it; tests fix the seed. */
export type RandomSource = () => number;

/** mulberry32: tiny, fast and good enough to shuffle cards; the same seed gives the same run. */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [0, bound). */
export function pickIndex(bound: number, random: RandomSource): number {
  return Math.min(bound - 1, Math.floor(random() * bound));
}

/** A shuffled copy (Fisher-Yates); the input is left as it is. */
export function shuffle<T>(items: readonly T[], random: RandomSource): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = pickIndex(i + 1, random);
    const held = result[i];
    const swapped = result[j];
    if (held === undefined || swapped === undefined) continue;
    result[i] = swapped;
    result[j] = held;
  }
  return result;
}
