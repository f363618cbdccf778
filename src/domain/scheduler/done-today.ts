import { isNew, isReview } from '../card-state';
import { isPracticeMode } from './rate-card';
import type { ReviewRow } from './types';

export type DoneCounts = { newCount: number; reviewCount: number };

/**
 * What today's ratings used of the daily limits: a card rated while new counts as new, a card
 * rated in review state counts as a review. Learning steps count as neither (their cards are not
 * capped), nor do practice and resets.
 */
export function countDoneToday(reviews: readonly ReviewRow[], dayStart: number): DoneCounts {
  let newCount = 0;
  let reviewCount = 0;
  for (const review of reviews) {
    if (review.reviewedAt < dayStart || review.rating === 0 || isPracticeMode(review.mode))
      continue;
    const before = review.before;
    if (before === null || isNew(before.state)) newCount += 1;
    else if (isReview(before.state)) reviewCount += 1;
  }
  return { newCount, reviewCount };
}
