import { defaultSchedulerSettings } from '../../domain/scheduler/settings';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import { useLiveQuery } from '../../storage/live-query';
import { getSchedulerSettings } from '../../storage/settings-repo';
import { getDatabase } from './database';

/** The scheduler settings as stored, kept current across tabs; undefined while loading. */
export function useSchedulerSettings(): SchedulerSettings | undefined {
  return useLiveQuery(() => getSchedulerSettings(getDatabase(), defaultSchedulerSettings), []);
}
