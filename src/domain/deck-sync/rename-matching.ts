import type { CompiledCard, StoredCard } from '../card-types';
import { findSimilarPairs, type ShingleSet, toWordShingles } from './answer-similarity';

/** Answers at least this similar are "nearly the same". */
export const RENAME_SIMILARITY = 0.8;
// Short answers ("Yes.", "See above.") say too little to identify a card.
const MIN_ANSWER_SHINGLES = 5;

export type RenameMatch = { existing: StoredCard; incoming: CompiledCard; similarity: number };

type Side<T> = { all: readonly T[]; unmatched: readonly T[] };

/**
 * Pairs an unmatched stored card with an unmatched incoming card when their answers
 * are nearly the same, one to one, most similar first. An answer that is nearly the
 * same as another card's answer on its own side (boilerplate) identifies nothing, so
 * such cards are never paired: a wrong pairing would hand one card another's history.
 */
export function matchRenamedCards(
  existing: Side<StoredCard>,
  incoming: Side<CompiledCard>,
): RenameMatch[] {
  if (existing.unmatched.length === 0 || incoming.unmatched.length === 0) return [];
  const existingSets = existing.unmatched.map(toAnswerShingles);
  const incomingSets = incoming.unmatched.map(toAnswerShingles);
  const pairs = findSimilarPairs(existingSets, incomingSets, RENAME_SIMILARITY);
  if (pairs.length === 0) return [];

  const ambiguousExisting = findAmbiguous(
    existing,
    existingSets,
    pairs.map((p) => p.left),
  );
  const ambiguousIncoming = findAmbiguous(
    incoming,
    incomingSets,
    pairs.map((p) => p.right),
  );
  const candidates = pairs
    .filter((p) => !ambiguousExisting.has(p.left) && !ambiguousIncoming.has(p.right))
    .map((p) => ({
      existing: pick(existing.unmatched, p.left),
      incoming: pick(incoming.unmatched, p.right),
      incomingOrder: p.right,
      similarity: p.similarity,
    }))
    .sort(
      (a, b) =>
        b.similarity - a.similarity ||
        a.existing.position - b.existing.position ||
        a.incomingOrder - b.incomingOrder,
    );

  const takenExisting = new Set<string>();
  const takenIncoming = new Set<number>();
  const matches: RenameMatch[] = [];
  for (const candidate of candidates) {
    if (takenExisting.has(candidate.existing.id) || takenIncoming.has(candidate.incomingOrder)) {
      continue;
    }
    takenExisting.add(candidate.existing.id);
    takenIncoming.add(candidate.incomingOrder);
    const { existing: stored, incoming: card, similarity } = candidate;
    matches.push({ existing: stored, incoming: card, similarity });
  }
  return matches;
}

function toAnswerShingles(card: CompiledCard): ShingleSet {
  const shingles = toWordShingles(card.answer);
  return shingles.size >= MIN_ANSWER_SHINGLES ? shingles : new Set();
}

/** Indexes (into side.unmatched) of candidates whose answer nearly repeats another card's on the same side. */
function findAmbiguous<T extends CompiledCard>(
  side: Side<T>,
  unmatchedSets: readonly ShingleSet[],
  candidateIndexes: readonly number[],
): Set<number> {
  const unique = [...new Set(candidateIndexes)];
  const probes = unique.map((i) => unmatchedSets[i] ?? new Set<string>());
  const everyone = side.all.map(toAnswerShingles);
  const ambiguous = new Set<number>();
  for (const pair of findSimilarPairs(probes, everyone, RENAME_SIMILARITY)) {
    const candidateIndex = pick(unique, pair.left);
    if (side.all[pair.right] !== side.unmatched[candidateIndex]) ambiguous.add(candidateIndex);
  }
  return ambiguous;
}

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No item at ${index}`);
  return item;
}
