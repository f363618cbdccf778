import { Link } from 'wouter';
import { routes } from '../components/routes';
import { useBackupReminder } from './use-backup-reminder';

/** Browsers may clear site data; a backup file is the one copy the user holds. */
export function BackupReminder() {
  const { isDue, dismiss } = useBackupReminder();
  if (!isDue) return null;
  return (
    <section className="pwa-notice" aria-label="Backup reminder">
      <p>
        Some of your progress is not in any backup yet.{' '}
        <Link href={routes.settings}>Export a backup</Link> so that it survives if this browser
        clears its storage.
      </p>
      <div className="pwa-notice-actions">
        <button type="button" onClick={() => void dismiss()}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
