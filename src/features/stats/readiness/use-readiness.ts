import type { ReadinessState } from '../../../data/handlers/stats';
import { send } from '../../../data/surface';
import { useQuery } from '../../../data/use-query';

export type { ReadinessState };

/** The remembered interview date, live across tabs; undefined while loading. */
export function useStoredInterviewDate(): string | null | undefined {
  return useQuery('interviewDate');
}

export function rememberInterviewDate(date: string | null): Promise<void> {
  return send('saveInterviewDate', { date });
}

/**
 * Readiness for `date`, recomputed whenever a card, a schedule row or the settings change
 * (a review in another tab included); undefined while loading.
 */
export function useReadiness(date: string | null): ReadinessState | undefined {
  return useQuery('readiness', { date });
}
