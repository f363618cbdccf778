import { useEffect, useState } from 'react';
import { readClock } from '../../data/services/clock';
import { describeStorageError } from '../../data/services/errors';
import { useSchedulerSettings } from '../../data/services/use-scheduler-settings';
import { send } from '../../data/surface';
import { useQuery } from '../../data/use-query';
import type { StatsReport } from '../../domain/stats/stats-report';

export type StatsState =
  /**
   * `built` is the share of the review history counted (0 to 1) while the review aggregates
   * are built, once after an update.
   */
  | { status: 'loading'; built?: number }
  | { status: 'ready'; report: StatsReport }
  | { status: 'failed'; message: string };

/**
 * The figures, kept current: they are read again (from the per-day aggregates, never the
 * review log) whenever a review lands or a card is rescheduled, here or in another tab.
 */
export function useStatsReport(): StatsState {
  const dayStartHour = useSchedulerSettings()?.dayStartHour;
  const changes = useQuery('statsChanges');
  const [state, setState] = useState<StatsState>({ status: 'loading' });
  useEffect(() => {
    if (dayStartHour === undefined || changes === undefined) return;
    let isCurrent = true;
    const update = (next: (current: StatsState) => StatsState) => {
      if (isCurrent) setState(next);
    };
    send('loadStats', {
      timing: { now: readClock(), dayStartHour },
      listeners: {
        onProgress: (done, total) =>
          update((current) =>
            current.status === 'ready'
              ? current
              : { status: 'loading', built: total === 0 ? 1 : done / total },
          ),
      },
    })
      .then((report) => update(() => ({ status: 'ready', report })))
      .catch((error: unknown) =>
        update(() => ({ status: 'failed', message: describeStorageError(error) })),
      );
    return () => {
      isCurrent = false;
    };
  }, [dayStartHour, changes]);
  return state;
}
