import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PersistableStorage } from '../../../src/data/services/storage-persistence';
import { useStoragePersistence } from '../../../src/data/services/use-storage-persistence';

function fakeStorage(isPersisted: boolean, willGrant: boolean) {
  let persisted = isPersisted;
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = willGrant;
      return willGrant;
    }),
  } satisfies PersistableStorage;
  return storage;
}

describe('useStoragePersistence', () => {
  it('reports whether storage is persistent, and asks for it on request', async () => {
    const storage = fakeStorage(false, true);
    const { result } = renderHook(() => useStoragePersistence(storage));
    expect(result.current.isPersisted).toBeNull();
    await waitFor(() => expect(result.current.isPersisted).toBe(false));
    expect(storage.persist).not.toHaveBeenCalled();

    let isGranted = false;
    await act(async () => {
      isGranted = await result.current.request();
    });
    expect(isGranted).toBe(true);
    expect(result.current.isPersisted).toBe(true);
  });

  it('stays not persisted when the browser refuses', async () => {
    const storage = fakeStorage(false, false);
    const { result } = renderHook(() => useStoragePersistence(storage));
    await waitFor(() => expect(result.current.isPersisted).toBe(false));
    await act(async () => {
      expect(await result.current.request()).toBe(false);
    });
    expect(result.current.isPersisted).toBe(false);
  });

  it('says it cannot tell where the browser has no Storage API', async () => {
    const { result } = renderHook(() => useStoragePersistence({}));
    await act(async () => {
      expect(await result.current.request()).toBe(false);
    });
    expect(result.current.isPersisted).toBeNull();
  });
});
