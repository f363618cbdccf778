import { MIN_OPTIMIZER_REVIEWS } from '../../../domain/scheduler/optimizer-input';
import { useLiveQuery } from '../../../storage/live-query';
import { countSchedulingReviews } from '../../../storage/optimizer-repo';
import { getDatabase } from '../../../stores/database';

/** Scheduling reviews counted up to the optimizer's minimum; undefined while counting. */
export function useSchedulingReviewCount(): number | undefined {
  return useLiveQuery(() => countSchedulingReviews(getDatabase(), MIN_OPTIMIZER_REVIEWS), []);
}
