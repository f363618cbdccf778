import { useCallback, useEffect, useState } from 'react';
import {
  type PersistableStorage,
  readStoragePersistence,
  requestStoragePersistence,
} from './storage-persistence';

export type StoragePersistence = {
  /** True when the browser will not evict the app's data; null while unknown or unsupported. */
  isPersisted: boolean | null;
  /** Asks for persistent storage (for a Settings button); resolves to whether it was granted. */
  request: () => Promise<boolean>;
};

/** Whether the app's data is safe from eviction, for the Settings screen to show and ask for. */
export function useStoragePersistence(storage?: PersistableStorage): StoragePersistence {
  const [isPersisted, setPersisted] = useState<boolean | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void readStoragePersistence(storage).then((value) => {
      if (isCurrent) setPersisted(value);
    });
    return () => {
      isCurrent = false;
    };
  }, [storage]);

  const request = useCallback(async () => {
    const isGranted = await requestStoragePersistence(storage);
    setPersisted(isGranted ? true : await readStoragePersistence(storage));
    return isGranted;
  }, [storage]);

  return { isPersisted, request };
}
