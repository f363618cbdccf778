import { useEffect, useState } from 'react';
import { readClock } from '../../data/services/clock';
import { describeStorageError } from '../../data/services/errors';
import { useSchedulerSettings } from '../../data/services/use-scheduler-settings';
import { send } from '../../data/surface';
import type { StatsReport } from '../../domain/stats/stats-report';

export type StatsState =
  /** `read` is the share of the days to read that are read (0 to 1), once reading has begun. */
  | { status: 'loading'; read?: number }
  /** `isChecking`: the figures come from the cache, still being checked against the history. */
  | { status: 'ready'; report: StatsReport; isChecking: boolean }
  | { status: 'failed'; message: string };

/** The figures as of when the screen opened (they are read once, not kept live). */
export function useStatsReport(): StatsState {
  const dayStartHour = useSchedulerSettings()?.dayStartHour;
  const [state, setState] = useState<StatsState>({ status: 'loading' });
  useEffect(() => {
    if (dayStartHour === undefined) return;
    let isCurrent = true;
    const update = (next: (current: StatsState) => StatsState) => {
      if (isCurrent) setState(next);
    };
    setState({ status: 'loading' });
    send('loadStats', {
      timing: { now: readClock(), dayStartHour },
      listeners: {
        onProgress: (done, total) =>
          update((current) =>
            current.status === 'loading' ? { status: 'loading', read: done / total } : current,
          ),
        onPreview: (report) => update(() => ({ status: 'ready', report, isChecking: true })),
      },
    })
      .then((report) => update(() => ({ status: 'ready', report, isChecking: false })))
      .catch((error: unknown) =>
        update(() => ({ status: 'failed', message: describeStorageError(error) })),
      );
    return () => {
      isCurrent = false;
    };
  }, [dayStartHour]);
  return state;
}
