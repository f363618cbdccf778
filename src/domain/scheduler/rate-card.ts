import {
  copyRow,
  createNewRow,
  toReviewRow,
  toScheduleRow,
  toUnscheduledReviewRow,
} from './card-convert';
import { getEngine } from './engine';
import { computeOutcome, resolveReviewTime } from './outcomes';
import type { Rating, ReviewMode, ReviewRow, ScheduleRow, SchedulerSettings } from './types';

export type RateCardInput = {
  before: ScheduleRow | null;
  cardId: string;
  deckId: string;
  rating: Rating;
  now: number;
  reviewId: string;
  mode: ReviewMode;
  durationMs: number;
  settings: SchedulerSettings;
};

export type RatedCard = { schedule: ScheduleRow; review: ReviewRow };

/** Multiple choice and cram are practice: recorded, but they never move the schedule. */
export function isPracticeMode(mode: ReviewMode): boolean {
  return mode === 'choice' || mode === 'cram';
}

/**
 * Rates a card. In a practice mode the schedule comes back unchanged (a never-rated card gets
 * a New row, which means new everywhere; storage may skip writing it).
 */
export function rateCard(input: RateCardInput): RatedCard {
  const { before, cardId, deckId, rating, mode } = input;
  const reviewedAt = resolveReviewTime(before, input.now);
  const identity = {
    reviewId: input.reviewId,
    cardId,
    deckId,
    rating,
    mode,
    reviewedAt,
    durationMs: input.durationMs,
    before,
  };
  if (isPracticeMode(mode)) {
    return {
      schedule: copyRow(before) ?? createNewRow(cardId, deckId, reviewedAt),
      review: toUnscheduledReviewRow(identity),
    };
  }
  const outcome = computeOutcome(getEngine(input.settings), before, reviewedAt, rating);
  return {
    schedule: toScheduleRow(outcome.card, cardId, deckId),
    review: toReviewRow(identity, outcome.log),
  };
}

/** The exact row before the rating: null means "delete the schedule row". */
export function undoRating(review: ReviewRow): ScheduleRow | null {
  return copyRow(review.before);
}
