// Near-duplicate detection for answers: Jaccard similarity of word shingles,
// with prefix filtering so that a large bank is not compared pair by pair.

const WORD = /[\p{L}\p{N}]+/gu;
export const SHINGLE_SIZE = 2;
// Guards against floating-point error in ceil(threshold * size).
const EPSILON = 1e-9;

export type ShingleSet = ReadonlySet<string>;

export type SimilarPair = { left: number; right: number; similarity: number };

export function tokenizeWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Word n-grams of a text, lower-cased, punctuation and markdown dropped. */
export function toWordShingles(text: string, size = SHINGLE_SIZE): Set<string> {
  const words = tokenizeWords(text);
  if (words.length === 0) return new Set();
  if (words.length <= size) return new Set([words.join(' ')]);
  const shingles = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) {
    shingles.add(words.slice(i, i + size).join(' '));
  }
  return shingles;
}

export function measureJaccard(a: ShingleSet, b: ShingleSet): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Every pair (left[i], right[j]) whose Jaccard similarity is at least `threshold` (> 0).
 * Two sets that similar must share a shingle within their rarest
 * `size - ceil(threshold * size) + 1` shingles, so only those are indexed and probed.
 */
export function findSimilarPairs(
  left: readonly ShingleSet[],
  right: readonly ShingleSet[],
  threshold: number,
): SimilarPair[] {
  const rank = rankByRarity([...left, ...right]);
  const index = new Map<string, number[]>();
  right.forEach((set, j) => {
    for (const shingle of takePrefix(set, rank, threshold)) {
      const postings = index.get(shingle);
      if (postings) postings.push(j);
      else index.set(shingle, [j]);
    }
  });
  const pairs: SimilarPair[] = [];
  left.forEach((set, i) => {
    const seen = new Set<number>();
    for (const shingle of takePrefix(set, rank, threshold)) {
      for (const j of index.get(shingle) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        const other = right[j];
        if (other === undefined || !isSizeCompatible(set.size, other.size, threshold)) continue;
        const similarity = measureJaccard(set, other);
        if (similarity >= threshold) pairs.push({ left: i, right: j, similarity });
      }
    }
  });
  return pairs;
}

function rankByRarity(sets: readonly ShingleSet[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const set of sets) {
    for (const shingle of set) frequency.set(shingle, (frequency.get(shingle) ?? 0) + 1);
  }
  const ordered = [...frequency.entries()].sort(
    (a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  return new Map(ordered.map(([shingle], position) => [shingle, position]));
}

function takePrefix(set: ShingleSet, rank: Map<string, number>, threshold: number): string[] {
  if (set.size === 0) return [];
  const length = set.size - Math.ceil(threshold * set.size - EPSILON) + 1;
  return [...set].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)).slice(0, length);
}

function isSizeCompatible(a: number, b: number, threshold: number): boolean {
  return Math.min(a, b) >= threshold * Math.max(a, b) - EPSILON;
}
