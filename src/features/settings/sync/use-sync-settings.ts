import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  readSyncTarget,
  readSyncView,
  resumeSync,
  type SyncTarget,
  type SyncView,
  subscribeSyncStatus,
  syncNow,
  turnOffSync,
  turnOnSync,
} from '../../../data/services/sync';

export type SyncForm = { url: string; username: string; password: string };

export type SyncSettings = {
  /** The saved server, or null while sync is off (undefined while it is read). */
  target: SyncTarget | null | undefined;
  view: SyncView;
  isBusy: boolean;
  /** Resolves to whether sync is on. */
  turnOn: (form: SyncForm) => Promise<boolean>;
  turnOff: () => Promise<void>;
  syncNow: () => Promise<void>;
};

/** The Sync section's state: the saved server, the live status, and its three buttons. */
export function useSyncSettings(): SyncSettings {
  const view = useSyncExternalStore(subscribeSyncStatus, readSyncView);
  const [target, setTarget] = useState<SyncTarget | null | undefined>(undefined);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    void readSyncTarget().then((saved) => {
      if (isCurrent) setTarget(saved);
    });
    // Start-up resumes sync once it has settled; opening Settings earlier need not wait.
    void resumeSync();
    return () => {
      isCurrent = false;
    };
  }, []);

  const run = async <T>(action: () => Promise<T>): Promise<T> => {
    setBusy(true);
    try {
      return await action();
    } finally {
      setTarget(await readSyncTarget().catch(() => null));
      setBusy(false);
    }
  };

  return {
    target,
    view,
    isBusy,
    turnOn: (form) => run(() => turnOnSync({ ...form, url: form.url.trim() })),
    turnOff: () => run(turnOffSync),
    syncNow: () => run(syncNow),
  };
}
