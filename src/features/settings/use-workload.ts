import { useMemo } from 'react';
import { useQuery } from '../../data/use-query';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import { estimateDailyWorkload, type Workload } from '../../domain/scheduler/workload';

/**
 * A workload estimator over the user's cards, read once per screen (and again when cards
 * change); the estimate itself is cheap enough to run at every keystroke.
 */
export function useWorkloadEstimate(
  settings: SchedulerSettings,
): ((retention: number) => Workload) | undefined {
  const sample = useQuery('workloadSample');
  return useMemo(() => {
    if (sample === undefined) return undefined;
    return (retention: number) => estimateDailyWorkload({ ...sample, retention, settings });
  }, [sample, settings]);
}
