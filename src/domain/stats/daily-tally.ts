import { isPracticeMode } from '../scheduler/rate-card';
import type { ReviewRow } from '../scheduler/types';
import { countStudyDays, findStudyDay, type StudyDays } from './study-days';

/** What the stats read of a review row; whole rows fit, so storage can pass them as they are. */
export type ReviewFact = Pick<ReviewRow, 'reviewedAt' | 'rating' | 'state' | 'mode'>;

/**
 * Per study day: `rows` counts every review row (so a cached day can be checked against the
 * database by an index count); `reviews` are ratings that scheduled the card (review, write and mock modes);
 * `practice` are multiple-choice and cram answers, which never reach the scheduler and so are
 * counted apart; `retentionTotal` are the reviews of cards in review state and
 * `retentionPassed` those of them not rated Again. Manual resets (rating 0) count nowhere.
 */
export type DailyTally = {
  days: StudyDays;
  rows: Uint32Array;
  reviews: Uint32Array;
  practice: Uint32Array;
  retentionPassed: Uint32Array;
  retentionTotal: Uint32Array;
};

const REVIEW_STATE = 2;
const AGAIN = 1;

export function createDailyTally(days: StudyDays): DailyTally {
  const count = countStudyDays(days);
  return {
    days,
    rows: new Uint32Array(count),
    reviews: new Uint32Array(count),
    practice: new Uint32Array(count),
    retentionPassed: new Uint32Array(count),
    retentionTotal: new Uint32Array(count),
  };
}

/** Adds reviews to the tally (reviews outside its days are skipped); chunks may come in any order. */
export function addReviewsToTally(tally: DailyTally, reviews: Iterable<ReviewFact>): void {
  for (const review of reviews) {
    const day = findStudyDay(tally.days, review.reviewedAt);
    if (day === -1) continue;
    tally.rows[day] = (tally.rows[day] ?? 0) + 1;
    if (review.rating === 0) continue;
    if (isPracticeMode(review.mode)) {
      tally.practice[day] = (tally.practice[day] ?? 0) + 1;
      continue;
    }
    tally.reviews[day] = (tally.reviews[day] ?? 0) + 1;
    if (review.state !== REVIEW_STATE) continue;
    tally.retentionTotal[day] = (tally.retentionTotal[day] ?? 0) + 1;
    if (review.rating !== AGAIN) tally.retentionPassed[day] = (tally.retentionPassed[day] ?? 0) + 1;
  }
}

/** A fresh tally of `reviews` over `days`. */
export function tallyReviews(reviews: Iterable<ReviewFact>, days: StudyDays): DailyTally {
  const tally = createDailyTally(days);
  addReviewsToTally(tally, reviews);
  return tally;
}
