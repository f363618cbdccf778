import { compareText } from '../compare-text';
import type { CardRecall } from './readiness';

/**
 * The cards to study first before the interview, at most `limit`:
 *
 * 1. Learned cards whose predicted recall on the day falls below the desired retention,
 *    lowest recall first. They are the cheapest recall to win back: one review restores a
 *    card the user once knew, and FSRS grows stability most when recall has dropped.
 * 2. Then never-studied cards, in deck and file order (the order the review queue would
 *    introduce them). They need the whole learning steps, and a bank usually holds more of
 *    them than the days left allow, so they follow the decayed cards rather than bury them.
 *
 * Learned cards predicted at or above the desired retention are left out: reviewing them
 * before the day buys little. Ties go by deck order, then by position in the deck.
 */
export function selectStudyFirst(
  recalls: readonly CardRecall[],
  deckOrder: readonly string[],
  desiredRetention: number,
  limit: number,
): CardRecall[] {
  const deckRank = new Map(deckOrder.map((id, index) => [id, index]));
  const rankOf = (entry: CardRecall) => deckRank.get(entry.card.deckId) ?? deckOrder.length;
  const byPlace = (a: CardRecall, b: CardRecall) =>
    rankOf(a) - rankOf(b) ||
    compareText(a.card.deckId, b.card.deckId) ||
    a.card.position - b.card.position ||
    compareText(a.card.id, b.card.id);

  const size = Math.max(0, limit);
  const decayed = takeSmallest(
    recalls.filter((entry) => entry.isLearned && entry.recall < desiredRetention),
    size,
    (a, b) => a.recall - b.recall || byPlace(a, b),
  );
  const unseen = takeSmallest(
    recalls.filter((entry) => !entry.isLearned),
    size - decayed.length,
    byPlace,
  );
  return [...decayed, ...unseen];
}

/** The `limit` smallest items in order, without sorting them all (banks run to 100,000 cards). */
function takeSmallest<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (limit <= 0) return kept;
  for (const item of items) {
    const last = kept[kept.length - 1];
    if (kept.length === limit && last !== undefined && compare(item, last) >= 0) continue;
    kept.splice(insertionIndex(kept, item, compare), 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/** Where `item` goes in the sorted `kept`: after every item it does not precede. */
function insertionIndex<T>(kept: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let index = kept.length;
  for (const before of [...kept].reverse()) {
    if (compare(item, before) >= 0) break;
    index -= 1;
  }
  return index;
}
