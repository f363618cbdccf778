import { send } from '../../data/surface';
import type { SchedulerSettings } from '../../domain/scheduler/types';

/** Saves some scheduler settings; the review screen reads them live, so they apply at once. */
export function saveSchedulerChanges(changes: Partial<SchedulerSettings>): Promise<void> {
  return send('saveSettings', changes);
}
