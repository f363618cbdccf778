import { groupBy } from '../group-by';
import type { ReviewRow } from './types';

/** Each card's reviews, in the order given: what a replay per card starts from. */
export function groupReviewsByCard(reviews: readonly ReviewRow[]): Map<string, ReviewRow[]> {
  return groupBy(reviews, (review) => review.cardId);
}
