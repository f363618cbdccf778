import { isLearning, isReview } from '../card-state';
import type { DeckAllowances } from './deck-caps';
import type { ScheduleRow } from './types';

export type QueueItemKind = 'learning' | 'review' | 'new';
export type QueueItem = { cardId: string; deckId: string; kind: QueueItemKind };
/** A new card in deck order; New rows may be passed as they are, to carry a bury. */
export type NewCardEntry = { cardId: string; deckId: string; buriedUntil?: number | null };
export type DoneToday = { newCount: number; reviewCount: number };
export type DailyLimits = { newCardsPerDay: number; maxReviewsPerDay: number };

export type QueueInput = {
  now: number;
  /** Learning and relearning rows due before the end of the study day. */
  learning: readonly ScheduleRow[];
  /** Review rows due before the end of the study day. */
  reviews: readonly ScheduleRow[];
  newCards: readonly NewCardEntry[];
  doneToday: DoneToday;
  limits: DailyLimits;
  /** What is left today of each capped deck's own limits; other decks share the global ones. */
  deckAllowances?: DeckAllowances;
  /** Learning cards due this soon are shown early, but only when nothing else is left. */
  learnAheadMs?: number;
};

export type Queue = {
  items: QueueItem[];
  /** What is left today; learning counts every learning card given, shown yet or not. */
  counts: { new: number; learning: number; review: number };
  /** When the next learning card not in `items` becomes due, or null. */
  nextLearningDue: number | null;
};

export const defaultLearnAheadMs = 20 * 60_000;

/**
 * Orders today's study: due learning cards first (by due), then due reviews (by due) with new
 * cards spread evenly among them, then learning cards due within the learn-ahead period.
 * Buried cards and repeated card ids are left out; daily limits cap reviews and new cards, the
 * global limit the total and a deck's own limit that deck.
 */
export function buildQueue(input: QueueInput): Queue {
  const { now } = input;
  const aheadLimit = now + (input.learnAheadMs ?? defaultLearnAheadMs);
  const seen = new Set<string>();
  const isShown = (entry: NewCardEntry) =>
    !(entry.buriedUntil != null && entry.buriedUntil > now) && !seen.has(entry.cardId);

  const dueLearning: ScheduleRow[] = [];
  const aheadLearning: ScheduleRow[] = [];
  let learningCount = 0;
  let nextLearningDue: number | null = null;
  for (const row of input.learning) {
    if (!isLearning(row.state) || !isShown(row)) continue;
    seen.add(row.cardId);
    learningCount += 1;
    if (row.due <= now) dueLearning.push(row);
    else if (row.due <= aheadLimit) aheadLearning.push(row);
    else if (nextLearningDue === null || row.due < nextLearningDue) nextLearningDue = row.due;
  }

  const reviewCap = remaining(input.limits.maxReviewsPerDay, input.doneToday.reviewCount);
  const candidates: ScheduleRow[] = [];
  for (const row of input.reviews) {
    if (!isReview(row.state) || !isShown(row)) continue;
    seen.add(row.cardId);
    candidates.push(row);
  }
  candidates.sort(compareDue);
  const allowances = input.deckAllowances;
  const dueReviews = takeWithinCaps(candidates, reviewCap, (id) => allowances?.get(id)?.reviews);

  const newCap = remaining(input.limits.newCardsPerDay, input.doneToday.newCount);
  const shownNew: NewCardEntry[] = [];
  for (const entry of input.newCards) {
    if (!isShown(entry)) continue;
    seen.add(entry.cardId);
    shownNew.push(entry);
  }
  const fresh = takeWithinCaps(shownNew, newCap, (id) => allowances?.get(id)?.newCards);

  dueLearning.sort(compareDue);
  aheadLearning.sort(compareDue);
  const items: QueueItem[] = [];
  for (const row of dueLearning) items.push(toItem(row, 'learning'));
  interleave(items, dueReviews, fresh, input.doneToday);
  for (const row of aheadLearning) items.push(toItem(row, 'learning'));
  return {
    items,
    counts: { new: fresh.length, learning: learningCount, review: dueReviews.length },
    nextLearningDue,
  };
}

/** The first entries, in order, within the total cap and each deck's own allowance. */
function takeWithinCaps<T extends { deckId: string }>(
  entries: readonly T[],
  cap: number,
  readAllowance: (deckId: string) => number | undefined,
): T[] {
  const taken: T[] = [];
  const takenByDeck = new Map<string, number>();
  for (const entry of entries) {
    if (taken.length >= cap) break;
    const count = takenByDeck.get(entry.deckId) ?? 0;
    if (count >= (readAllowance(entry.deckId) ?? Number.POSITIVE_INFINITY)) continue;
    takenByDeck.set(entry.deckId, count + 1);
    taken.push(entry);
  }
  return taken;
}

/**
 * Spreads the day's new cards evenly over the day's reviews: the k-th new card of the day comes
 * after round(k * R / (N + 1)) of its R reviews. Counting what was already done today keeps each
 * card's place as the user rates; spreading only what is left would push new cards further back
 * after every review, and they would all wait for the end of the day.
 */
function interleave(
  items: QueueItem[],
  reviews: ScheduleRow[],
  fresh: NewCardEntry[],
  done: DoneToday,
): void {
  const dayReviews = done.reviewCount + reviews.length;
  const dayNew = done.newCount + fresh.length;
  let r = 0;
  for (let j = 0; j < fresh.length; j += 1) {
    const nthOfDay = done.newCount + j + 1;
    const reviewsBefore = Math.round((nthOfDay * dayReviews) / (dayNew + 1)) - done.reviewCount;
    for (; r < reviewsBefore; r += 1) items.push(toItem(reviews[r] ?? fail(), 'review'));
    items.push(toItem(fresh[j] ?? fail(), 'new'));
  }
  for (; r < reviews.length; r += 1) items.push(toItem(reviews[r] ?? fail(), 'review'));
}

function toItem(entry: NewCardEntry, kind: QueueItemKind): QueueItem {
  return { cardId: entry.cardId, deckId: entry.deckId, kind };
}

function remaining(limit: number, done: number): number {
  return Math.max(0, Math.floor(limit) - done);
}

function compareDue(a: ScheduleRow, b: ScheduleRow): number {
  return a.due - b.due;
}

function fail(): never {
  throw new Error('Queue index out of range');
}
