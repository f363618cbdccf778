import { useMemo } from 'react';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import { estimateDailyWorkload, type Workload } from '../../domain/scheduler/workload';
import { useLiveQuery } from '../../storage/live-query';
import { loadWorkloadSample } from '../../storage/workload-repo';
import { getDatabase } from '../../stores/database';

/**
 * A workload estimator over the user's cards, read once per screen (and again when cards
 * change); the estimate itself is cheap enough to run at every keystroke.
 */
export function useWorkloadEstimate(
  settings: SchedulerSettings,
): ((retention: number) => Workload) | undefined {
  const sample = useLiveQuery(() => loadWorkloadSample(getDatabase()), []);
  return useMemo(() => {
    if (sample === undefined) return undefined;
    return (retention: number) => estimateDailyWorkload({ ...sample, retention, settings });
  }, [sample, settings]);
}
