import { useLiveQuery } from 'dexie-react-hooks';
import { defaultSchedulerSettings } from '../domain/scheduler/settings';
import type { SchedulerSettings } from '../domain/scheduler/types';
import { getSchedulerSettings } from '../storage/settings-repo';
import { getDatabase } from './database';

/** The scheduler settings as stored, kept current across tabs; undefined while loading. */
export function useSchedulerSettings(): SchedulerSettings | undefined {
  return useLiveQuery(() => getSchedulerSettings(getDatabase(), defaultSchedulerSettings), []);
}
