import { isPracticeMode } from '../scheduler/rate-card';
import type { ReviewRow } from '../scheduler/types';
import { forEachDayCell, type ReviewDayRow } from './review-days';
import { countStudyDays, findStudyDay, type StudyDays } from './study-days';

/** What the stats read of a review row; whole rows fit, so storage can pass them as they are. */
export type ReviewFact = Pick<ReviewRow, 'reviewedAt' | 'rating' | 'state' | 'mode'>;

/**
 * Per study day: `rows` counts every review row; `reviews` are ratings that scheduled the card (review, write and mock modes);
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
    addToTallyDay(tally, findStudyDay(tally.days, review.reviewedAt), review, 1);
  }
}

/** Adds the day rows' cells to the tally, each in the study day its quarter hour belongs to. */
export function addDayRowsToTally(tally: DailyTally, rows: Iterable<ReviewDayRow>): void {
  for (const row of rows) {
    forEachDayCell(row, (cell) => {
      addToTallyDay(tally, findStudyDay(tally.days, cell.at), cell, cell.count);
    });
  }
}

function addToTallyDay(
  tally: DailyTally,
  day: number,
  fact: Omit<ReviewFact, 'reviewedAt'>,
  count: number,
): void {
  if (day === -1) return;
  tally.rows[day] = (tally.rows[day] ?? 0) + count;
  if (fact.rating === 0) return;
  if (isPracticeMode(fact.mode)) {
    tally.practice[day] = (tally.practice[day] ?? 0) + count;
    return;
  }
  tally.reviews[day] = (tally.reviews[day] ?? 0) + count;
  if (fact.state !== REVIEW_STATE) return;
  tally.retentionTotal[day] = (tally.retentionTotal[day] ?? 0) + count;
  if (fact.rating !== AGAIN) tally.retentionPassed[day] = (tally.retentionPassed[day] ?? 0) + count;
}

/** A fresh tally of `reviews` over `days`. */
export function tallyReviews(reviews: Iterable<ReviewFact>, days: StudyDays): DailyTally {
  const tally = createDailyTally(days);
  addReviewsToTally(tally, reviews);
  return tally;
}
