import { toScheduleRow } from './card-convert';
import { getEngine } from './engine';
import { computeOutcome, resolveReviewTime } from './outcomes';
import { isPracticeMode } from './rate-card';
import type { ReviewRow, ScheduleRow, SchedulerSettings } from './types';

/**
 * Rebuilds a card's state from its creation by replaying its reviews in time order (ties by id).
 * Equals rating step by step with the same settings; practice reviews are skipped and a reset
 * (rating 0) makes the card new again. Null means the card is new.
 */
export function replayReviews(
  cardId: string,
  deckId: string,
  reviews: readonly ReviewRow[],
  settings: SchedulerSettings,
): ScheduleRow | null {
  const engine = getEngine(settings);
  const ordered = reviews.filter((review) => review.cardId === cardId).sort(compareReviews);
  let state: ScheduleRow | null = null;
  for (const review of ordered) {
    if (isPracticeMode(review.mode)) continue;
    if (review.rating === 0) {
      state = null;
      continue;
    }
    const at = resolveReviewTime(state, review.reviewedAt);
    state = toScheduleRow(computeOutcome(engine, state, at, review.rating).card, cardId, deckId);
  }
  return state;
}

/** Review order for replay and for training alike: by time, then by id for ties. */
export function compareReviews(
  a: Pick<ReviewRow, 'id' | 'reviewedAt'>,
  b: Pick<ReviewRow, 'id' | 'reviewedAt'>,
): number {
  if (a.reviewedAt !== b.reviewedAt) return a.reviewedAt - b.reviewedAt;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}
