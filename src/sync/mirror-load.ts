// What the mirror already holds when the engine starts: this device's own docs for the outbox,
// and other devices' docs known again without applying them again.
import type PouchDB from 'pouchdb-core';
import { readSyncDoc } from '../domain/sync/read-sync-doc';
import { readDocOwner, type SyncDoc } from '../domain/sync/sync-docs';
import { type InboxState, rememberMergedDoc } from './inbox';
import { readLedgers } from './mirror-state';
import type { Outbox } from './outbox';

export async function loadMirror(input: {
  mirror: PouchDB;
  deviceId: string;
  now: number;
  outbox: Outbox;
  inbox: InboxState;
}): Promise<void> {
  const { mirror, deviceId, now, outbox, inbox } = input;
  const all = await mirror.allDocs({ include_docs: true });
  const own: (SyncDoc & { _rev?: string })[] = [];
  const foreign: SyncDoc[] = [];
  for (const row of all.rows) {
    if (row.doc === undefined) continue;
    const read = readSyncDoc(row.doc, { now });
    if (!read.ok) continue;
    if (readDocOwner(row.id) === deviceId) own.push({ ...read.doc, _rev: row.value.rev });
    else foreign.push(read.doc);
  }
  outbox.load(own);
  // Hundreds of day docs after a year or two: their ledgers are read together.
  const ledgers = await readLedgers(mirror, foreign);
  for (const doc of foreign) {
    if (doc.kind !== 'reviews') {
      rememberMergedDoc(inbox, doc);
      continue;
    }
    for (const id of ledgers.get(doc._id)?.ids ?? []) inbox.foreignIds.add(id);
    for (const review of doc.reviews) inbox.foreignIds.add(review.id);
  }
}
