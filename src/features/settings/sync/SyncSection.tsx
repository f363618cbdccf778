import { type FormEvent, useId, useState } from 'react';
import { type SyncForm, useSyncSettings } from './use-sync-settings';

const EMPTY_FORM: SyncForm = { url: '', username: '', password: '' };

/**
 * Sync with a CouchDB server the user runs: the same progress on every device. See the README,
 * "Sync", for setting up the server.
 */
export function SyncSection() {
  const headingId = useId();
  const sync = useSyncSettings();
  const [form, setForm] = useState<SyncForm>(EMPTY_FORM);
  const fieldIds = { url: useId(), username: useId(), password: useId() };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void sync.turnOn(form).then((isOn) => {
      if (isOn) setForm(EMPTY_FORM);
    });
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Sync</h2>
      <div role="status" className="sync-status">
        {sync.view.message}
      </div>
      {sync.target ? (
        <>
          <p className="meta">
            Syncing with {sync.target.url} as {sync.target.username}.
          </p>
          <div className="actions">
            <button type="button" onClick={() => void sync.syncNow()} disabled={sync.isBusy}>
              Sync now
            </button>
            <button type="button" onClick={() => void sync.turnOff()} disabled={sync.isBusy}>
              Turn off sync
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit}>
          <p className="meta">
            Keep the same progress on every device through your own CouchDB server. Use the URL of
            your database (https, or http for a server on this machine).
          </p>
          {(
            [
              ['url', 'Server URL', 'url', 'url'],
              ['username', 'Username', 'text', 'username'],
              ['password', 'Password', 'password', 'current-password'],
            ] as const
          ).map(([name, label, type, autoComplete]) => (
            <div className="setting-field" key={name}>
              <label htmlFor={fieldIds[name]}>{label}</label>
              <input
                id={fieldIds[name]}
                type={type}
                autoComplete={autoComplete}
                required
                value={form[name]}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setForm((current) => ({ ...current, [name]: value }));
                }}
              />
            </div>
          ))}
          <div className="actions">
            <button type="submit" className="primary" disabled={sync.isBusy}>
              Turn on sync
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
