import type { ReviewRow } from './types';

/** Each card's reviews, in the order given: what a replay per card starts from. */
export function groupReviewsByCard(reviews: readonly ReviewRow[]): Map<string, ReviewRow[]> {
  const byCard = new Map<string, ReviewRow[]>();
  for (const review of reviews) {
    const list = byCard.get(review.cardId);
    if (list) list.push(review);
    else byCard.set(review.cardId, [review]);
  }
  return byCard;
}
