import { BackupReminder } from './BackupReminder';
import { useAppBadge } from './use-app-badge';
import { usePersistAfterFirstReview } from './use-persist-after-first-review';

/** What can wait until the first screen is up: badge, storage persistence, backup reminder. */
export function IdleServices() {
  useAppBadge();
  usePersistAfterFirstReview();
  return <BackupReminder />;
}
