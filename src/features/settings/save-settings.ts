import { defaultSchedulerSettings } from '../../domain/scheduler/settings';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import { updateSchedulerSettings } from '../../storage/settings-repo';
import { getDatabase } from '../../stores/database';

/** Saves some scheduler settings; the review screen reads them live, so they apply at once. */
export function saveSchedulerChanges(changes: Partial<SchedulerSettings>): Promise<void> {
  return updateSchedulerSettings(getDatabase(), defaultSchedulerSettings, changes);
}
