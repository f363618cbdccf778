// This device's own docs: built from its database after each local write and written to the
// local mirror, from which live replication pushes them.
import type PouchDB from 'pouchdb-core';
import type { PouchDoc } from 'pouchdb-core';
import type { DeckRow, StoredCard } from '../domain/card-types';
import type { ReviewRow } from '../domain/scheduler/types';
import {
  type ActionsDoc,
  buildDeckDocs,
  buildReviewDoc,
  type CardAction,
  type SettingChange,
  type SettingsDoc,
  type SyncDoc,
  toActionsDocId,
  toSettingsDocId,
  toSyncDay,
} from '../domain/sync/sync-docs';
import { recordCardAction, recordSettingChange } from '../domain/sync/sync-merge';
import { isSameJson } from '../domain/sync/sync-settings';

export type Outbox = ReturnType<typeof createOutbox>;

/** Docs written and not yet pushed, with how many row changes each carries. */
export type Pending = Map<string, { rev: string; count: number }>;

export function createOutbox(mirror: PouchDB, deviceId: string, pending: Pending) {
  const docs = new Map<string, SyncDoc & { _rev?: string }>();
  const reviewsByDay = new Map<string, Map<string, ReviewRow>>();
  const dayOfReview = new Map<string, string>();

  const write = async (changed: { doc: SyncDoc; count: number }[]) => {
    if (changed.length === 0) return;
    const bodies = changed.map(({ doc }) => {
      const rev = docs.get(doc._id)?._rev;
      return { ...doc, ...(rev ? { _rev: rev } : {}) } as PouchDoc;
    });
    const results = await writeOverOtherTabs(mirror, bodies);
    results.forEach((result, i) => {
      const entry = changed[i];
      if (!entry || !('rev' in result) || typeof result.rev !== 'string') {
        throw new Error(`Could not write sync doc ${entry?.doc._id}`);
      }
      docs.set(entry.doc._id, { ...entry.doc, _rev: result.rev });
      const before = pending.get(entry.doc._id)?.count ?? 0;
      pending.set(entry.doc._id, { rev: result.rev, count: before + entry.count });
    });
  };

  const rebuildDays = async (days: Iterable<string>, counts: Map<string, number>) => {
    const changed: { doc: SyncDoc; count: number }[] = [];
    for (const day of days) {
      const doc = buildReviewDoc(deviceId, day, [...(reviewsByDay.get(day)?.values() ?? [])]);
      const current = docs.get(doc._id);
      if (current && current.kind === 'reviews' && isSameJson(current.reviews, doc.reviews))
        continue;
      changed.push({ doc, count: counts.get(day) ?? 1 });
    }
    await write(changed);
  };

  return {
    /** Takes the own docs already in the mirror (from an earlier run). */
    load(existing: readonly (SyncDoc & { _rev?: string })[]) {
      for (const doc of existing) {
        docs.set(doc._id, doc);
        if (doc.kind !== 'reviews') continue;
        reviewsByDay.set(doc.day, new Map(doc.reviews.map((r) => [r.id, r])));
        for (const review of doc.reviews) dayOfReview.set(review.id, doc.day);
      }
    },
    hasDoc: (id: string) => docs.has(id),
    ownReviewIds: () => dayOfReview.keys(),
    /** Every own review as the database holds it now: the first push, and after a restart. */
    async replaceReviews(reviews: readonly ReviewRow[]) {
      const days = new Set(reviewsByDay.keys());
      reviewsByDay.clear();
      dayOfReview.clear();
      for (const review of reviews) addReview(review);
      for (const day of reviewsByDay.keys()) days.add(day);
      await rebuildDays(days, new Map());
    },
    /** Reviews added (present) or removed (ids of own reviews no longer in the database). */
    async updateReviews(present: readonly ReviewRow[], removedIds: readonly string[]) {
      const counts = new Map<string, number>();
      const bump = (day: string) => counts.set(day, (counts.get(day) ?? 0) + 1);
      for (const review of present) {
        const previous = dayOfReview.get(review.id);
        if (previous !== undefined && previous !== toSyncDay(review.reviewedAt)) {
          reviewsByDay.get(previous)?.delete(review.id);
          bump(previous);
        }
        bump(addReview(review));
      }
      for (const id of removedIds) {
        const day = dayOfReview.get(id);
        if (day === undefined) continue;
        reviewsByDay.get(day)?.delete(id);
        dayOfReview.delete(id);
        bump(day);
      }
      await rebuildDays(counts.keys(), counts);
    },
    async recordSettings(changes: readonly SettingChange[]) {
      if (changes.length === 0) return;
      const id = toSettingsDocId(deviceId);
      const current = docs.get(id);
      let list = current?.kind === 'settings' ? current.changes : [];
      for (const change of changes) list = recordSettingChange(list, change);
      const doc: SettingsDoc = { _id: id, kind: 'settings', deviceId, changes: list };
      await write([{ doc, count: changes.length }]);
    },
    async recordActions(actions: readonly CardAction[]) {
      if (actions.length === 0) return;
      const id = toActionsDocId(deviceId);
      const current = docs.get(id);
      let list = current?.kind === 'actions' ? current.actions : [];
      for (const action of actions) list = recordCardAction(list, action);
      const doc: ActionsDoc = { _id: id, kind: 'actions', deviceId, actions: list };
      await write([{ doc, count: actions.length }]);
    },
    /** A deck this device imported, unless the same import is already out. */
    async recordDeck(deck: DeckRow, cards: readonly StoredCard[]) {
      const built = buildDeckDocs(deviceId, deck, cards);
      const first = docs.get(built[0]?._id ?? '');
      if (first?.kind === 'deck' && first.deck.importedAt === deck.importedAt) return;
      await write(built.map((doc) => ({ doc, count: 1 })));
    },
    settingsDoc: () => docs.get(toSettingsDocId(deviceId)),
    actionsDoc: () => docs.get(toActionsDocId(deviceId)),
  };

  function addReview(review: ReviewRow): string {
    const day = toSyncDay(review.reviewedAt);
    let list = reviewsByDay.get(day);
    if (!list) {
      list = new Map();
      reviewsByDay.set(day, list);
    }
    list.set(review.id, review);
    dayOfReview.set(review.id, day);
    return day;
  }
}

const CONFLICT = 409;

/**
 * Writes the docs; a doc another tab of this device wrote meanwhile (every open tab runs the
 * sync engine) is written again over that tab's revision. Both tabs build it from the same
 * database, so this loses nothing, and the revision this tab knew stops failing every write.
 */
async function writeOverOtherTabs(mirror: PouchDB, bodies: readonly PouchDoc[]) {
  const results = await mirror.bulkDocs([...bodies]);
  const conflicted = bodies.filter((_, i) => readStatus(results[i]) === CONFLICT);
  if (conflicted.length === 0) return results;
  const latest = await Promise.all(conflicted.map((body) => mirror.get(body._id)));
  const retried = await mirror.bulkDocs(
    conflicted.map((body, i) => ({ ...body, _rev: latest[i]?._rev })),
  );
  let next = 0;
  return results.map((result) =>
    readStatus(result) === CONFLICT ? (retried[next++] ?? result) : result,
  );
}

function readStatus(result: unknown): unknown {
  return typeof result === 'object' && result !== null ? Reflect.get(result, 'status') : undefined;
}
