import { BackupReminder } from './BackupReminder';
import { UpdatePrompt } from './UpdatePrompt';
import { useAppBadge } from './use-app-badge';
import { usePersistAfterFirstReview } from './use-persist-after-first-review';

/** The app-wide notices (update, backup) and the quiet services that go with the shell. */
export function PwaNotices() {
  useAppBadge();
  usePersistAfterFirstReview();
  return (
    <>
      <UpdatePrompt />
      <BackupReminder />
    </>
  );
}
