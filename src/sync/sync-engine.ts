// Live sync of this device's database with a CouchDB database through a local PouchDB mirror.
// Local writes reach the mirror through Dexie's change events (see watchSyncChanges): every
// command (rate, undo, suspend, bury, reset, settings, import, restore) and every other tab is
// covered without any of them knowing about sync.

import type { PouchDoc, PouchSync } from 'pouchdb-core';
import PouchDB from 'pouchdb-core';
import { readSyncDoc } from '../domain/sync/read-sync-doc';
import type { CardAction, SyncDoc } from '../domain/sync/sync-docs';
import { readDocOwner } from '../domain/sync/sync-docs';
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
import { applyPulledChanges, createInboxState } from './inbox';
import { type LocalBase, readBase, readLedger, writeBase } from './mirror-state';
import { createOutbox, type Pending } from './outbox';
import type { SyncProblem, SyncStatus } from './sync-status';

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

const RETRY_BASE_MS = 1000;
// Also PouchDB's longest wait between tries while the server is away: when it comes back
// without an `online` event (the server restarted, the network changed), sync resumes soon.
const RETRY_MAX_MS = 10_000;
const CANCEL_WAIT_MS = 2000;

/** A step that failed is tried again by enqueue itself; its caller has nothing to add. */
const ignoreRetried = () => undefined;

export async function startSyncEngine(options: SyncEngineOptions): Promise<SyncEngine> {
  const { db, mirror, remote, deviceId, now } = options;
  const pending: Pending = new Map();
  const outbox = createOutbox(mirror, deviceId, pending);
  const inbox = createInboxState();
  let base: LocalBase = (await readBase(mirror)) ?? {
    settings: {},
    suspended: [],
    buried: {},
    seq: 0,
  };
  const isFirstRun = (await readBase(mirror)) === null;
  let queue: Promise<void> = Promise.resolve();
  let problem: SyncProblem | null = null;
  let isOffline = false;
  let isActive = true;
  let syncedAt: number | null = null;
  let replication: PouchSync | null = null;
  let isStopped = false;

  const emit = () => {
    const waiting = [...pending.values()].reduce((sum, entry) => sum + entry.count, 0);
    const skipped = [...inbox.skipped.values()];
    if (isStopped) options.onStatus({ state: 'off' });
    else if (problem !== null) options.onStatus({ state: 'error', problem, waiting });
    else if (isOffline) options.onStatus({ state: 'offline', waiting, skipped });
    else if (isActive || waiting > 0 || syncedAt === null)
      options.onStatus({ state: 'syncing', waiting, skipped });
    else options.onStatus({ state: 'synced', at: syncedAt, skipped });
  };
  // A failed step (a pull, a reconcile) is tried again later rather than left to reject the
  // queue: a rejected queue would run nothing after it, and sync would stop until a reload.
  // The step's changes wait meanwhile in the mirror or the database, so a retry loses nothing.
  const enqueue = (work: () => Promise<void>, attempt = 0): Promise<void> => {
    const run = queue.then(work);
    queue = run.catch(() => {
      if (isStopped) return;
      const delay = Math.min(RETRY_BASE_MS * 2 ** attempt, RETRY_MAX_MS);
      setTimeout(() => void enqueue(work, attempt + 1).catch(ignoreRetried), delay);
    });
    return run;
  };

  await loadMirror();
  await reconcileSettings(isFirstRun ? 0 : now());
  await reconcileMarks(isFirstRun ? 0 : now());
  await pull();
  await outbox.replaceReviews(
    (await readAllReviews(db)).filter((review) => !inbox.foreignIds.has(review.id)),
  );
  await reconcileDecks();
  const unwatch = watchSyncChanges(db, (changes) => {
    enqueue(() => reconcile(changes)).catch(ignoreRetried);
  });
  startReplication();

  async function loadMirror() {
    const all = await mirror.allDocs({ include_docs: true });
    const own: (SyncDoc & { _rev?: string })[] = [];
    for (const row of all.rows) {
      if (row.doc === undefined || readDocOwner(row.id) !== deviceId) continue;
      const read = readSyncDoc(row.doc, { now: now() });
      if (read.ok) own.push({ ...read.doc, _rev: row.value.rev });
    }
    outbox.load(own);
    await loadForeign(all.rows);
    syncOwnIntoInbox();
  }

  /** Other devices' docs already in the mirror, known again without applying them again. */
  async function loadForeign(rows: readonly { id: string; doc?: PouchDoc }[]) {
    for (const row of rows) {
      if (row.doc === undefined || readDocOwner(row.id) === deviceId) continue;
      const read = readSyncDoc(row.doc, { now: now() });
      if (!read.ok) continue;
      const doc = read.doc;
      if (doc.kind === 'reviews') {
        for (const id of (await readLedger(mirror, doc._id)).ids) inbox.foreignIds.add(id);
        for (const review of doc.reviews) inbox.foreignIds.add(review.id);
      } else if (doc.kind === 'settings') inbox.settingsDocs.set(doc.deviceId, doc);
      else if (doc.kind === 'actions') inbox.actionsDocs.set(doc.deviceId, doc);
      else inbox.deckDocs.set(doc._id, doc);
    }
  }

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
      if (info.direction === 'pull') enqueue(pull).catch(ignoreRetried);
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

  /** Cancels live replication and waits until its requests have ended. */
  async function cancelReplication() {
    const current = replication;
    replication = null;
    if (current === null) return;
    const ended = new Promise<void>((resolve) => {
      current.on('complete', () => resolve());
      setTimeout(resolve, CANCEL_WAIT_MS);
    });
    current.cancel();
    await ended;
  }

  function markPushed(docs: readonly PouchDoc[]) {
    for (const doc of docs) {
      if (pending.get(doc._id)?.rev === doc._rev) pending.delete(doc._id);
    }
  }

  return {
    whenIdle: async () => {
      let current: Promise<void>;
      do {
        current = queue;
        await current;
      } while (current !== queue);
    },
    syncNow: async () => {
      await cancelReplication();
      startReplication();
      await enqueue(pull);
    },
    stop: async () => {
      isStopped = true;
      unwatch();
      await cancelReplication();
      await queue.catch(() => undefined);
      emit();
    },
  };
}
