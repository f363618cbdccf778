import { resetCard } from './card-actions';
import { rateCard } from './rate-card';
import { compareReviews } from './replay';
import type { ReviewRating, ReviewRow, ScheduleRow, SchedulerSettings } from './types';

/** A rating (or a reset, 0) that happened elsewhere, to be written as a review. */
export type HistoryEvent = {
  id: string;
  reviewedAt: number;
  rating: ReviewRating;
  durationMs: number;
};

export type ReplayedHistory = { reviews: ReviewRow[]; schedule: ScheduleRow | null };

/**
 * A card's outside history as review rows, rated one after the other as the review screen
 * rates: each row logs what ts-fsrs did and keeps the state before it, so replayReviews over
 * the rows reaches the same state. Null means the card ends new.
 */
export function replayHistory(
  cardId: string,
  deckId: string,
  events: readonly HistoryEvent[],
  settings: SchedulerSettings,
): ReplayedHistory {
  const reviews: ReviewRow[] = [];
  let schedule: ScheduleRow | null = null;
  for (const event of [...events].sort(compareReviews)) {
    const identity = { cardId, deckId, now: event.reviewedAt, reviewId: event.id };
    if (event.rating === 0) {
      reviews.push(resetCard({ ...identity, before: schedule }).review);
      schedule = null;
      continue;
    }
    const rated = rateCard({
      ...identity,
      before: schedule,
      rating: event.rating,
      mode: 'review',
      durationMs: event.durationMs,
      settings,
    });
    reviews.push(rated.review);
    schedule = rated.schedule;
  }
  return { reviews, schedule };
}
