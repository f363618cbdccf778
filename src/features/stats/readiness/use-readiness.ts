import { computeReadiness, type Readiness } from '../../../domain/stats/readiness';
import {
  calendarDateAt,
  daysBetween,
  interviewMomentOf,
} from '../../../domain/stats/readiness-date';
import { useLiveQuery } from '../../../storage/live-query';
import {
  getInterviewDate,
  loadReadinessData,
  saveInterviewDate,
} from '../../../storage/readiness-repo';
import { readClock, readTimezoneOffset } from '../../../stores/clock';
import { getDatabase } from '../../../stores/database';
import { useSchedulerSettings } from '../../../stores/use-scheduler-settings';

export type ReadinessState =
  | { status: 'no-date' }
  | { status: 'past'; date: string }
  | {
      status: 'ready';
      date: string;
      /** 0 today, 1 tomorrow, ... */
      daysAway: number;
      desiredRetention: number;
      readiness: Readiness;
    };

/** The remembered interview date, live across tabs; undefined while loading. */
export function useStoredInterviewDate(): string | null | undefined {
  return useLiveQuery(() => getInterviewDate(getDatabase()), []);
}

export function rememberInterviewDate(date: string | null): Promise<void> {
  return saveInterviewDate(getDatabase(), date);
}

/**
 * Readiness for `date`, recomputed whenever a card, a schedule row or the settings change
 * (a review in another tab included); undefined while loading.
 */
export function useReadiness(date: string | null): ReadinessState | undefined {
  const settings = useSchedulerSettings();
  return useLiveQuery(async (): Promise<ReadinessState | undefined> => {
    if (settings === undefined) return undefined;
    if (date === null) return { status: 'no-date' };
    const now = readClock();
    const daysAway = daysBetween(calendarDateAt(now, readTimezoneOffset(now)), date);
    if (daysAway < 0) return { status: 'past', date };
    const data = await loadReadinessData(getDatabase());
    // On the day itself, past noon, the prediction is for now: recall cannot be predicted backwards.
    const at = Math.max(now, readInterviewMoment(date));
    const readiness = computeReadiness({
      ...data,
      at,
      weights: settings.weights,
      desiredRetention: settings.desiredRetention,
    });
    return {
      status: 'ready',
      date,
      daysAway,
      desiredRetention: settings.desiredRetention,
      readiness,
    };
  }, [date, settings]);
}

/** Noon on `date` in the offset in force at that moment (the second pass settles clock changes). */
function readInterviewMoment(date: string): number {
  const guess = interviewMomentOf(date, readTimezoneOffset(interviewMomentOf(date, 0)));
  return interviewMomentOf(date, readTimezoneOffset(guess));
}
