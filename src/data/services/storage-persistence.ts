/** The part of the Storage API that decides whether the browser may evict the app's data. */
export type PersistableStorage = {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
};

function readStorage(): PersistableStorage | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Whether the app's storage is persistent; null where the browser cannot say. */
export async function readStoragePersistence(
  storage: PersistableStorage | undefined = readStorage(),
): Promise<boolean | null> {
  if (!storage?.persisted) return null;
  try {
    return await storage.persisted();
  } catch {
    return null;
  }
}

/**
 * Asks the browser to keep the app's data under storage pressure. Chromium decides silently
 * (installed or often used sites get it); Firefox asks the user. Resolves to the answer.
 */
export async function requestStoragePersistence(
  storage: PersistableStorage | undefined = readStorage(),
): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}
