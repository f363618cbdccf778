import { useId, useState } from 'react';
import type { PersistableStorage } from '../../data/services/storage-persistence';
import { useStoragePersistence } from '../../data/services/use-storage-persistence';

/**
 * Whether the browser may evict the user's reviews under storage pressure, and a way to ask
 * it not to. Chromium grants this silently to installed or often used apps.
 */
export function StorageSection({ storage }: { storage?: PersistableStorage }) {
  const headingId = useId();
  const { isPersisted, request } = useStoragePersistence(storage);
  const [isAsking, setAsking] = useState(false);

  const ask = async () => {
    setAsking(true);
    try {
      await request();
    } finally {
      setAsking(false);
    }
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Storage</h2>
      <p role="status">{describePersistence(isPersisted)}</p>
      {isPersisted === false && (
        <button type="button" onClick={() => void ask()} disabled={isAsking}>
          Ask to keep my data
        </button>
      )}
    </section>
  );
}

function describePersistence(isPersisted: boolean | null): string {
  if (isPersisted === true) {
    return 'Persistent storage granted: the browser will not clear your decks and reviews to free space.';
  }
  if (isPersisted === false) {
    return 'Persistent storage not granted: under storage pressure the browser may clear your data. Installing the app usually gets it granted; export a backup to be safe.';
  }
  return 'This browser does not say whether your data is kept; export a backup to be safe.';
}
