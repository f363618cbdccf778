import type { SchedulerSettings } from '../../domain/scheduler/types';
import { useQuery } from '../use-query';

/** The scheduler settings as stored, kept current across tabs; undefined while loading. */
export function useSchedulerSettings(): SchedulerSettings | undefined {
  return useQuery('schedulerSettings');
}
