import { useId } from 'react';
import { useQuery } from '../../data/use-query';
import type { RunImportJob } from '../../domain/deck-import/import-messages';
import { useBackupActions } from './use-backup-actions';

/** Export and restore everything: the one copy of the user's progress that the browser cannot evict. */
export function BackupSection({ runImportJob }: { runImportJob: RunImportJob<File> }) {
  const headingId = useId();
  const inputId = useId();
  const actions = useBackupActions(runImportJob);
  const lastExportAt = useQuery('lastBackupAt');

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Backup</h2>
      <p className="meta">
        {lastExportAt == null
          ? 'No backup exported yet.'
          : `Last backup exported ${new Date(lastExportAt).toLocaleString()}.`}{' '}
        A backup holds your decks, cards, schedule, review history and settings. Restoring it on a
        device that already has progress merges the two, losing no review.
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => void actions.exportNow()}
          disabled={actions.isBusy}
        >
          Export backup
        </button>
      </div>
      <label htmlFor={inputId}>Restore backup</label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        disabled={actions.isBusy}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void actions.restore(file);
        }}
      />
      {actions.progress !== null && (
        <div className="import-progress">
          <progress aria-label="Restore progress" />
          <span>{actions.progress}</span>
          <button type="button" onClick={actions.cancelRestore}>
            Cancel restore
          </button>
        </div>
      )}
      <div role="status" className="import-report">
        {actions.messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    </section>
  );
}
