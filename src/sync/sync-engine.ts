// Live sync of this device's database with a CouchDB database through a local PouchDB mirror.
// Local writes reach the mirror through Dexie's change events (see watchSyncChanges): every
// command (rate, undo, suspend, bury, reset, settings, import, restore) and every other tab is
// covered without any of them knowing about sync.

import type { PouchDoc, PouchSync } from 'pouchdb-core';
import PouchDB from 'pouchdb-core';
import type { CardAction } from '../domain/sync/sync-docs';
import { mergeCardActions, mergeSettingChanges } from '../domain/sync/sync-merge';
import { diffSettings, flattenSettings } from '../domain/sync/sync-settings';
import type { DrillbookDb } from '../storage/db';
import {
  readAllReviews,
  readCardMarks,
  readImportedDecks,
  readReviews,
  readSettingRows,
  type SyncChanges,
  watchSyncChanges,
} from '../storage/sync-store';
import { cancelAndWait } from './cancel-replication';
import { applyPulledChanges, createInboxState } from './inbox';
import { loadMirror } from './mirror-load';
import { type LocalBase, readBase, writeBase } from './mirror-state';
import { createOutbox, type Pending } from './outbox';
import { createStepQueue, RETRY_BASE_MS, RETRY_MAX_MS } from './step-queue';
import { type SyncProblem, type SyncStatus, toSyncStatus } from './sync-status';

export type SyncEngineOptions = {
  db: DrillbookDb;
  /** This device's mirror of the remote database (IndexedDB in the browser). */
  mirror: PouchDB;
  /** The remote database, authenticated per request (see createRemote). */
  remote: PouchDB;
  deviceId: string;
  now: () => number;
  onStatus: (status: SyncStatus) => void;
};

export type SyncEngine = {
  /** Runs queued work to the end: for tests and benchmarks. */
  whenIdle: () => Promise<void>;
  syncNow: () => Promise<void>;
  stop: () => Promise<void>;
};

export async function startSyncEngine(options: SyncEngineOptions): Promise<SyncEngine> {
  const { db, mirror, remote, deviceId, now } = options;
  const pending: Pending = new Map();
  const outbox = createOutbox(mirror, deviceId, pending);
  const inbox = createInboxState();
  const storedBase = await readBase(mirror);
  const isFirstRun = storedBase === null;
  let base: LocalBase = storedBase ?? { settings: {}, suspended: [], buried: {}, seq: 0 };
  let problem: SyncProblem | null = null;
  let isOffline = false;
  let isActive = true;
  let syncedAt: number | null = null;
  let replication: PouchSync | null = null;
  let isStopped = false;

  const emit = () =>
    options.onStatus(
      toSyncStatus({
        isStopped,
        problem,
        isOffline,
        isActive,
        syncedAt,
        waiting: [...pending.values()].reduce((sum, entry) => sum + entry.count, 0),
        skipped: [...inbox.skipped.values()],
      }),
    );
  const steps = createStepQueue(() => isStopped);

  await loadMirror({ mirror, deviceId, now: now(), outbox, inbox });
  syncOwnIntoInbox();
  await reconcileSettings(isFirstRun ? 0 : now());
  await reconcileMarks(isFirstRun ? 0 : now());
  await pull();
  await outbox.replaceReviews(
    (await readAllReviews(db)).filter((review) => !inbox.foreignIds.has(review.id)),
  );
  await reconcileDecks();
  const unwatch = watchSyncChanges(db, (changes) =>
    steps.runInBackground(() => reconcile(changes)),
  );
  startReplication();

  function syncOwnIntoInbox() {
    const settings = outbox.settingsDoc();
    if (settings?.kind === 'settings') inbox.settingsDocs.set(deviceId, settings);
    const actions = outbox.actionsDoc();
    if (actions?.kind === 'actions') inbox.actionsDocs.set(deviceId, actions);
  }

  async function pull() {
    base.seq = await applyPulledChanges({
      db,
      mirror,
      deviceId,
      since: base.seq,
      now: now(),
      state: inbox,
      onApplied: async (seq) => {
        base = await snapshotBase(seq);
        await writeBase(mirror, base);
      },
    });
    emit();
  }

  /** What the database holds now: the next local diff is taken against it. */
  async function snapshotBase(seq: number | string): Promise<LocalBase> {
    const [rows, marks] = await Promise.all([readSettingRows(db), readCardMarks(db)]);
    return {
      settings: Object.fromEntries(flattenSettings(rows)),
      suspended: marks.suspended,
      buried: Object.fromEntries(marks.buried.map((mark) => [mark.cardId, mark.until])),
      seq,
    };
  }

  async function reconcile(changes: SyncChanges) {
    if (changes.reviewIds.length > 0) {
      const ids = changes.reviewIds.filter((id) => !inbox.foreignIds.has(id));
      const present = await readReviews(db, ids);
      const presentIds = new Set(present.map((review) => review.id));
      await outbox.updateReviews(
        present,
        ids.filter((id) => !presentIds.has(id)),
      );
    }
    if (changes.isSettingsChanged) await reconcileSettings(now());
    if (changes.cardIds.length > 0 || changes.isSettingsChanged) await reconcileMarks(now());
    if (changes.isSettingsChanged) await reconcileDecks();
    emit();
  }

  async function reconcileSettings(at: number) {
    const flat = flattenSettings(await readSettingRows(db));
    const before = new Map(Object.entries(base.settings));
    if (isFirstRun && at === 0) {
      const merged = mergeSettingChanges([...inbox.settingsDocs.values()]);
      for (const [path, change] of merged) before.set(path, change.value);
    }
    await outbox.recordSettings(diffSettings(before, flat, at));
    syncOwnIntoInbox();
    base = { ...base, settings: Object.fromEntries(flat) };
    await writeBase(mirror, base);
  }

  async function reconcileMarks(at: number) {
    const marks = await readCardMarks(db);
    const merged = mergeCardActions([...inbox.actionsDocs.values()]);
    const wasSuspended = new Set(base.suspended);
    const actions: CardAction[] = [];
    const isSuspended = new Set(marks.suspended);
    for (const cardId of isSuspended) {
      if (!wasSuspended.has(cardId) && merged.get(`status/${cardId}`)?.type !== 'suspend')
        actions.push({ cardId, type: 'suspend', at, until: null });
    }
    for (const cardId of wasSuspended) {
      if (!isSuspended.has(cardId) && merged.get(`status/${cardId}`)?.type !== 'unsuspend')
        actions.push({ cardId, type: 'unsuspend', at, until: null });
    }
    for (const { cardId, until } of marks.buried) {
      if (base.buried[cardId] !== until && merged.get(`bury/${cardId}`)?.until !== until)
        actions.push({ cardId, type: 'bury', at, until });
    }
    await outbox.recordActions(actions);
    syncOwnIntoInbox();
    base = {
      ...base,
      suspended: marks.suspended,
      buried: Object.fromEntries(marks.buried.map((mark) => [mark.cardId, mark.until])),
    };
    await writeBase(mirror, base);
  }

  async function reconcileDecks() {
    const foreign = new Set(
      [...inbox.deckDocs.values()].map((doc) => `${doc.deck.id}\u0000${doc.deck.importedAt}`),
    );
    for (const { deck, cards } of await readImportedDecks(db)) {
      if (!foreign.has(`${deck.id}\u0000${deck.importedAt}`)) await outbox.recordDeck(deck, cards);
    }
  }

  function startReplication() {
    if (isStopped) return;
    isActive = true;
    const sync = PouchDB.sync(mirror, remote, {
      live: true,
      retry: true,
      back_off_function: (delay) =>
        delay === 0 ? RETRY_BASE_MS : Math.min(delay * 2, RETRY_MAX_MS),
    });
    replication = sync;
    sync.on('change', (info) => {
      isOffline = false;
      if (info.direction === 'pull') steps.runInBackground(pull);
      else markPushed(info.change?.docs ?? []);
      // A push can report its docs after the replication paused: then this is the moment.
      if (!isActive && pending.size === 0) syncedAt = now();
      emit();
    });
    sync.on('active', () => {
      isActive = true;
      isOffline = false;
      emit();
    });
    sync.on('paused', (error) => {
      isActive = false;
      if (error) isOffline = true;
      else {
        isOffline = false;
        if (pending.size === 0) syncedAt = now();
      }
      emit();
    });
    const onError = (error: { status?: number; name?: string }) => {
      if (error.status === 401 || error.status === 403 || error.name === 'unauthorized') {
        problem = 'wrong-password';
        emit();
      }
    };
    sync.on('denied', onError);
    sync.on('error', onError);
    for (const direction of [sync.push, sync.pull]) {
      direction?.on('paused', (error) => {
        if (error) {
          isOffline = true;
          isActive = false;
          emit();
        }
      });
    }
  }

  async function cancelReplication() {
    const current = replication;
    replication = null;
    if (current !== null) await cancelAndWait(current);
  }

  function markPushed(docs: readonly PouchDoc[]) {
    for (const doc of docs) {
      if (pending.get(doc._id)?.rev === doc._rev) pending.delete(doc._id);
    }
  }

  return {
    whenIdle: steps.whenIdle,
    syncNow: async () => {
      await cancelReplication();
      startReplication();
      await steps.run(pull);
    },
    stop: async () => {
      isStopped = true;
      unwatch();
      await cancelReplication();
      await steps.whenIdle();
      emit();
    },
  };
}
