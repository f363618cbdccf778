import { useQuery } from '../../../data/use-query';

/** Scheduling reviews counted up to the optimizer's minimum; undefined while counting. */
export function useSchedulingReviewCount(): number | undefined {
  return useQuery('schedulingReviewCount');
}
