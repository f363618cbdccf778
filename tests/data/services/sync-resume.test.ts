// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSyncView, resumeSync, turnOffSync } from '../../../src/data/services/sync';
import { saveSyncConfig } from '../../../src/storage/sync-config-repo';
import { loadBrowserSync } from '../../../src/sync/load-sync';
import type { SyncEngine } from '../../../src/sync/sync-engine';
import { installTestDatabase } from '../../support/test-database';

vi.mock('../../../src/sync/load-sync', () => ({ loadBrowserSync: vi.fn() }));

type BrowserSync = Awaited<ReturnType<typeof loadBrowserSync>>;

const engine: SyncEngine = {
  whenIdle: async () => undefined,
  syncNow: async () => undefined,
  stop: async () => undefined,
};
const startBrowserSync = vi.fn<BrowserSync['startBrowserSync']>(async () => engine);
const browserSync = {
  startBrowserSync,
  forgetSyncMirror: async () => undefined,
} satisfies BrowserSync;

/** The sync code's request cut off, as when the network drops while it is on its way. */
function failToLoadTimes(count: number) {
  const load = vi.mocked(loadBrowserSync);
  for (let i = 0; i < count; i += 1) {
    load.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
  }
  load.mockResolvedValue(browserSync);
}

beforeEach(async () => {
  const db = installTestDatabase();
  await saveSyncConfig(db, {
    url: 'http://localhost:5984/userdb',
    username: 'alice',
    password: 'secret',
  });
});

afterEach(async () => {
  await turnOffSync();
  vi.mocked(loadBrowserSync).mockReset();
  startBrowserSync.mockClear();
});

describe('resuming sync when its code did not arrive', () => {
  it('says it is offline and starts once the network returns, not only after a reload', async () => {
    failToLoadTimes(1);
    await resumeSync();
    expect(readSyncView()).toEqual(expect.objectContaining({ state: 'offline' }));
    expect(startBrowserSync).not.toHaveBeenCalled();

    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(startBrowserSync).toHaveBeenCalledTimes(1));
    expect(readSyncView().state).not.toBe('error');
  });

  it('tries again by itself when the browser says it is online all along', async () => {
    failToLoadTimes(2);
    await resumeSync();
    // One wait, then a longer one: no `online` event ever comes.
    await vi.waitFor(() => expect(startBrowserSync).toHaveBeenCalledTimes(1), { timeout: 6000 });
    expect(vi.mocked(loadBrowserSync).mock.calls.length).toBeGreaterThanOrEqual(3);
  });
});
