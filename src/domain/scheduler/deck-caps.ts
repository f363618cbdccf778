import type { DeckLimits } from '../settings/deck-limits';
import { countDoneToday, type DoneCounts } from './done-today';
import type { ReviewRow } from './types';

/** What is left today of each capped deck's own limits, by deck id. */
export type DeckAllowances = ReadonlyMap<string, { newCards: number; reviews: number }>;

/**
 * Today's allowance of every deck that has a limit of its own: its cap minus what today's
 * ratings in that deck used (counted as the global limits count them). Uncapped kinds are
 * unbounded; the global limit still caps the total.
 */
export function computeDeckAllowances(
  limits: DeckLimits,
  reviewsToday: readonly ReviewRow[],
  dayStart: number,
): DeckAllowances {
  const allowances = new Map<string, { newCards: number; reviews: number }>();
  const deckIds = Object.keys(limits);
  if (deckIds.length === 0) return allowances;
  const done = countDoneByDeck(reviewsToday, dayStart);
  for (const deckId of deckIds) {
    const limit = limits[deckId] ?? {};
    const used = done.get(deckId) ?? { newCount: 0, reviewCount: 0 };
    allowances.set(deckId, {
      newCards: remaining(limit.newCardsPerDay, used.newCount),
      reviews: remaining(limit.maxReviewsPerDay, used.reviewCount),
    });
  }
  return allowances;
}

/** Whether any deck caps its reviews: the queue must then read reviews deck by deck. */
export function hasReviewCaps(allowances: DeckAllowances): boolean {
  for (const allowance of allowances.values()) {
    if (Number.isFinite(allowance.reviews)) return true;
  }
  return false;
}

/** The allowances after a rating in `deckId` used `spent` of that deck's limits, if it has any. */
export function spendDeckAllowance(
  allowances: DeckAllowances,
  deckId: string,
  spent: DoneCounts,
): DeckAllowances {
  const allowance = allowances.get(deckId);
  if (allowance === undefined || (spent.newCount === 0 && spent.reviewCount === 0)) {
    return allowances;
  }
  const next = new Map(allowances);
  next.set(deckId, {
    newCards: Math.max(0, allowance.newCards - spent.newCount),
    reviews: Math.max(0, allowance.reviews - spent.reviewCount),
  });
  return next;
}

function countDoneByDeck(reviews: readonly ReviewRow[], dayStart: number): Map<string, DoneCounts> {
  const byDeck = new Map<string, ReviewRow[]>();
  for (const review of reviews) {
    const list = byDeck.get(review.deckId);
    if (list === undefined) byDeck.set(review.deckId, [review]);
    else list.push(review);
  }
  const done = new Map<string, DoneCounts>();
  for (const [deckId, list] of byDeck) done.set(deckId, countDoneToday(list, dayStart));
  return done;
}

function remaining(limit: number | undefined, used: number): number {
  return limit === undefined ? Number.POSITIVE_INFINITY : Math.max(0, limit - used);
}
