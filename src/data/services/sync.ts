// Sync as the Settings screen and start-up use it: turn on, turn off, sync now, resume, and the
// status to show. The engine and PouchDB are fetched (load-sync's dynamic import) only once a
// server is configured, so they stay out of the initial JavaScript.
import { describeStorageError } from '../../storage/storage-errors';
import {
  clearSyncConfig,
  getSyncConfig,
  type SyncConfig,
  saveSyncConfig,
} from '../../storage/sync-config-repo';
import { loadBrowserSync } from '../../sync/load-sync';
import { RETRY_BASE_MS, RETRY_MAX_MS } from '../../sync/step-queue';
import type { SyncEngine } from '../../sync/sync-engine';
import { describeSyncStatus, type SyncStatus } from '../../sync/sync-status';
import { getDatabase } from './database';

/** What the screen may show of the saved config: never the password. */
export type SyncTarget = { url: string; username: string };

/** The status as the screen shows it: its state, and in words. */
export type SyncView = { state: SyncStatus['state']; message: string };

let engine: SyncEngine | null = null;
let view: SyncView = toView({ state: 'off' });
/** Serialises turn on, turn off and resume: each waits for the one before. */
let work: Promise<unknown> = Promise.resolve();
/** How many times in a row the sync code failed to load: the next wait grows with it. */
let resumeAttempt = 0;
const listeners = new Set<() => void>();

function toView(status: SyncStatus): SyncView {
  return {
    state: status.state,
    message: describeSyncStatus(status, (at) => new Date(at).toLocaleTimeString()),
  };
}

function setView(next: SyncView) {
  view = next;
  for (const listener of listeners) listener();
}

function setStatus(next: SyncStatus) {
  setView(toView(next));
}

/** Runs after the work before it; a failure (storage full, say) becomes the status. */
function runInTurn<T>(task: () => Promise<T>, fallback: T): Promise<T> {
  const result = work.then(task).catch((error: unknown) => {
    setView({ state: 'error', message: `Sync stopped: ${describeStorageError(error)}` });
    return fallback;
  });
  work = result;
  return result;
}

export function readSyncView(): SyncView {
  return view;
}

export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function readSyncTarget(): Promise<SyncTarget | null> {
  const config = await getSyncConfig(getDatabase());
  return config === null ? null : { url: config.url, username: config.username };
}

/** When the network comes back, sync at once rather than after PouchDB's back-off. */
function onOnline() {
  void engine?.syncNow();
}

async function startEngine(config: SyncConfig, isResume: boolean) {
  setStatus({ state: 'syncing', waiting: 0, skipped: [] });
  const { startBrowserSync } = await loadBrowserSync();
  engine = await startBrowserSync(getDatabase(), config, setStatus, { isResume });
  if (engine !== null) window.addEventListener('online', onOnline);
  return engine !== null;
}

async function stopEngine() {
  window.removeEventListener('online', onOnline);
  const current = engine;
  engine = null;
  await current?.stop();
}

/**
 * Checks the server and starts syncing; the config is saved only when the server accepted it,
 * so a typo leaves nothing behind. Resolves to whether sync is on.
 */
export function turnOnSync(config: SyncConfig): Promise<boolean> {
  return runInTurn(async () => {
    await stopEngine();
    const isOn = await startEngine(config, false);
    if (isOn) await saveSyncConfig(getDatabase(), config);
    return isOn;
  }, false);
}

/** Stops syncing and forgets the server; this device's data stays as it is. */
export function turnOffSync(): Promise<void> {
  return runInTurn(async () => {
    await stopEngine();
    await clearSyncConfig(getDatabase());
    const { forgetSyncMirror } = await loadBrowserSync();
    await forgetSyncMirror();
    setStatus({ state: 'off' });
  }, undefined);
}

/** Syncs now, or starts again after an error with the saved config. */
export async function syncNow(): Promise<void> {
  if (engine === null) return resumeSync();
  await engine.syncNow().catch((error: unknown) => {
    setView({ state: 'error', message: `Sync stopped: ${describeStorageError(error)}` });
  });
}

/**
 * Starts sync with the saved config, if there is one and sync is not running: at start-up, and
 * after an error. Loads no sync code when sync is off.
 */
export function resumeSync(): Promise<void> {
  return runInTurn(async () => {
    if (engine !== null) return;
    const config = await getSyncConfig(getDatabase());
    if (config === null) return;
    if (!(await canLoadSyncCode())) {
      setView({ state: 'offline', message: 'Offline: changes wait until the network returns.' });
      resumeLater();
      return;
    }
    resumeAttempt = 0;
    await startEngine(config, true);
  }, undefined);
}

/**
 * The sync code did not arrive: offline before it was ever cached, or its request cut off when
 * the network dropped (the browser may report that only once it is back online). So sync starts
 * again when the network returns, and also after a growing wait, since a request that fails
 * while the browser says it is online gets no `online` event.
 */
function resumeLater() {
  const retry = () => {
    window.clearTimeout(timer);
    window.removeEventListener('online', retry);
    void resumeSync();
  };
  const delay = Math.min(RETRY_BASE_MS * 2 ** resumeAttempt, RETRY_MAX_MS);
  resumeAttempt += 1;
  const timer = window.setTimeout(retry, delay);
  window.addEventListener('online', retry);
}

async function canLoadSyncCode(): Promise<boolean> {
  try {
    await loadBrowserSync();
    return true;
  } catch {
    return false;
  }
}
