// Docs from other devices: read from the local mirror's changes, checked, merged, and applied
// to the database in one transaction per page of changes.
import type PouchDB from 'pouchdb-core';
import type { PouchDoc } from 'pouchdb-core';
import { readSyncDoc } from '../domain/sync/read-sync-doc';
import {
  type ActionsDoc,
  type DeckDoc,
  readDocOwner,
  type SettingsDoc,
  type SyncDoc,
} from '../domain/sync/sync-docs';
import {
  diffReviewDoc,
  mergeCardActions,
  mergeSettingChanges,
  pickDeckImports,
  resolveDocConflict,
} from '../domain/sync/sync-merge';
import { flattenSettings, isSameJson, toSettingRows } from '../domain/sync/sync-settings';
import type { DrillbookDb } from '../storage/db';
import { applySyncBatch, readSettingRows, type SyncBatch } from '../storage/sync-store';
import { readLedgers, writeLedgers } from './mirror-state';
import type { SkippedDoc } from './sync-status';

const PAGE_SIZE = 100;

export type InboxState = {
  settingsDocs: Map<string, SettingsDoc>;
  actionsDocs: Map<string, ActionsDoc>;
  deckDocs: Map<string, DeckDoc>;
  /** Review ids applied from other devices' docs: never pushed as this device's own. */
  foreignIds: Set<string>;
  skipped: Map<string, SkippedDoc>;
};

export function createInboxState(): InboxState {
  return {
    settingsDocs: new Map(),
    actionsDocs: new Map(),
    deckDocs: new Map(),
    foreignIds: new Set(),
    skipped: new Map(),
  };
}

/** Reads a doc with its conflicting revisions, resolved into one; null when it is refused. */
async function readResolved(
  mirror: PouchDB,
  raw: PouchDoc,
  now: number,
  state: InboxState,
): Promise<SyncDoc | null> {
  const revisions: unknown[] = [raw];
  for (const rev of raw._conflicts ?? []) revisions.push(await mirror.get(raw._id, { rev }));
  let resolved: SyncDoc | null = null;
  for (const revision of revisions) {
    const read = readSyncDoc(revision, { now });
    if (!read.ok) {
      state.skipped.set(read.id, { id: read.id, reason: read.reason });
      return null;
    }
    resolved = resolved === null ? read.doc : resolveDocConflict(resolved, read.doc);
  }
  state.skipped.delete(raw._id);
  return resolved;
}

/** Applies every change after `since`; returns the sequence reached. */
export async function applyPulledChanges(input: {
  db: DrillbookDb;
  mirror: PouchDB;
  deviceId: string;
  since: number | string;
  now: number;
  state: InboxState;
  onApplied: (seq: number | string) => Promise<void>;
}): Promise<number | string> {
  const { db, mirror, deviceId, now, state } = input;
  let since = input.since;
  for (;;) {
    const page = await mirror.changes({
      since,
      include_docs: true,
      conflicts: true,
      limit: PAGE_SIZE,
    });
    if (page.results.length === 0) return since;
    const batch: SyncBatch = emptyBatch();
    const docs: SyncDoc[] = [];
    for (const change of page.results) {
      const raw = change.doc;
      if (change.deleted || raw === undefined || readDocOwner(change.id) === deviceId) continue;
      const doc = await readResolved(mirror, raw, now, state);
      if (doc !== null) docs.push(doc);
    }
    const ledgers = await readLedgers(mirror, docs);
    let isMergedChanged = false;
    for (const doc of docs) {
      if (doc.kind === 'reviews') {
        const ledger = ledgers.get(doc._id) ?? { ids: [], rev: null };
        const { added, removedIds } = diffReviewDoc(ledger.ids, doc);
        batch.addReviews.push(...added);
        batch.removeReviewIds.push(...removedIds);
        const ids = doc.reviews.map((review) => review.id);
        ledgers.set(doc._id, { ids, rev: ledger.rev });
        for (const id of ids) state.foreignIds.add(id);
      } else {
        rememberMergedDoc(state, doc);
        isMergedChanged = true;
      }
    }
    // A review undone on its device and re-added within one page stays.
    const kept = new Set(batch.addReviews.map((review) => review.id));
    batch.removeReviewIds = batch.removeReviewIds.filter((id) => !kept.has(id));
    if (isMergedChanged) await addMergedState(db, deviceId, state, batch, now);
    await applySyncBatch(db, batch, now);
    await writeLedgers(mirror, ledgers);
    since = page.last_seq;
    await input.onApplied(since);
  }
}

/** A settings, actions or deck doc, kept to merge over every device's. */
export function rememberMergedDoc(
  state: InboxState,
  doc: Exclude<SyncDoc, { kind: 'reviews' }>,
): void {
  if (doc.kind === 'settings') state.settingsDocs.set(doc.deviceId, doc);
  else if (doc.kind === 'actions') state.actionsDocs.set(doc.deviceId, doc);
  else state.deckDocs.set(doc._id, doc);
}

function emptyBatch(): SyncBatch {
  return {
    decks: [],
    addReviews: [],
    removeReviewIds: [],
    statuses: [],
    buries: [],
    settings: [],
    removeSettings: [],
  };
}

/** Settings, card actions and decks as merged over every device, where they differ from here. */
async function addMergedState(
  db: DrillbookDb,
  deviceId: string,
  state: InboxState,
  batch: SyncBatch,
  now: number,
) {
  const merged = mergeSettingChanges([...state.settingsDocs.values()]);
  const rows = await readSettingRows(db);
  const flat = flattenSettings(rows);
  for (const [path, change] of merged) {
    if (change.value === null) flat.delete(path);
    else flat.set(path, change.value);
  }
  const target = toSettingRows(flat);
  const targetKeys = new Set(target.map((row) => row.key));
  batch.settings = target.filter(
    (row) => !isSameJson(rows.find((r) => r.key === row.key)?.value, row.value),
  );
  batch.removeSettings = rows.filter((row) => !targetKeys.has(row.key)).map((row) => row.key);

  for (const action of mergeCardActions([...state.actionsDocs.values()]).values()) {
    if (action.type === 'bury') {
      if (action.until !== null && action.until > now) {
        batch.buries.push({ cardId: action.cardId, until: action.until });
      }
    } else batch.statuses.push({ cardId: action.cardId, isSuspended: action.type === 'suspend' });
  }
  for (const chunks of pickDeckImports([...state.deckDocs.values()]).values()) {
    const first = chunks[0];
    if (first === undefined || first.deviceId === deviceId) continue;
    batch.decks.push({ deck: first.deck, cards: chunks.flatMap((chunk) => chunk.cards) });
  }
}
