import { BackupReminder } from './BackupReminder';
import { UpdatePrompt } from './UpdatePrompt';
import { useAppBadge } from './use-app-badge';
import { useIdleStart } from './use-idle-start';
import { usePersistAfterFirstReview } from './use-persist-after-first-review';

/** The app-wide notices (update, backup) and the quiet services that go with the shell. */
export function PwaNotices() {
  const isIdle = useIdleStart();
  return (
    <>
      <UpdatePrompt />
      {isIdle && <IdleServices />}
    </>
  );
}

/** What can wait until the first screen is up: badge, storage persistence, backup reminder. */
function IdleServices() {
  useAppBadge();
  usePersistAfterFirstReview();
  return <BackupReminder />;
}
