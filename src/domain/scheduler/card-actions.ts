import { createNewRow, toUnscheduledReviewRow } from './card-convert';
import { nextStudyDayStart } from './study-day';
import type { ReviewMode, ReviewRow, ScheduleRow } from './types';

/**
 * Hides a card until the next study day starts. A never-rated card gets a New row that only
 * carries the bury; New means new everywhere.
 */
export function buryCard(
  row: ScheduleRow | null,
  cardId: string,
  deckId: string,
  now: number,
  dayStartHour: number,
  tzOffsetMinutes: number,
): ScheduleRow {
  const buriedUntil = nextStudyDayStart(now, dayStartHour, tzOffsetMinutes);
  return { ...(row ?? createNewRow(cardId, deckId, now)), buriedUntil };
}

export type ResetCardInput = {
  before: ScheduleRow | null;
  cardId: string;
  deckId: string;
  now: number;
  reviewId: string;
  /** Where the reset was made; defaults to `review`. */
  mode?: ReviewMode;
};

/**
 * Makes a card new again. The reset is a review row with rating 0 that keeps the row before,
 * so undo restores it and replaying the history reaches the same state.
 */
export function resetCard(input: ResetCardInput): { schedule: null; review: ReviewRow } {
  const review = toUnscheduledReviewRow({
    reviewId: input.reviewId,
    cardId: input.cardId,
    deckId: input.deckId,
    rating: 0,
    mode: input.mode ?? 'review',
    reviewedAt: input.now,
    durationMs: 0,
    before: input.before,
  });
  return { schedule: null, review };
}
