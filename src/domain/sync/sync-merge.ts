// How docs from several devices (and two revisions of one doc) combine. Every function here is
// commutative and idempotent, so the order in which docs arrive never changes the result.
import { compareText } from '../compare-text';
import type { ReviewRow } from '../scheduler/types';
import type {
  ActionsDoc,
  CardAction,
  CardActionType,
  DeckDoc,
  ReviewsDoc,
  SettingChange,
  SettingsDoc,
  SyncDoc,
} from './sync-docs';

type Stamped = { at: number; deviceId: string };

/** Latest wins; equal times are broken by device id, the same way on every device. */
export function isLater(a: Stamped, b: Stamped): boolean {
  return a.at !== b.at ? a.at > b.at : a.deviceId > b.deviceId;
}

/** Each setting's latest change across devices. */
export function mergeSettingChanges(
  docs: readonly SettingsDoc[],
): Map<string, SettingChange & Stamped> {
  const merged = new Map<string, SettingChange & Stamped>();
  for (const doc of docs) {
    for (const change of doc.changes) {
      const stamped = { ...change, deviceId: doc.deviceId };
      const current = merged.get(change.path);
      if (current === undefined || isLater(stamped, current)) merged.set(change.path, stamped);
    }
  }
  return merged;
}

/** Suspend and unsuspend compete with each other; a bury is separate. */
function actionGroup(type: CardActionType): 'status' | 'bury' {
  return type === 'bury' ? 'bury' : 'status';
}

/** Each card's latest status action and latest bury across devices, keyed `group/cardId`. */
export function mergeCardActions(docs: readonly ActionsDoc[]): Map<string, CardAction & Stamped> {
  const merged = new Map<string, CardAction & Stamped>();
  for (const doc of docs) {
    for (const action of doc.actions) {
      const key = `${actionGroup(action.type)}/${action.cardId}`;
      const stamped = { ...action, deviceId: doc.deviceId };
      const current = merged.get(key);
      if (current === undefined || isLater(stamped, current)) merged.set(key, stamped);
    }
  }
  return merged;
}

/** Records a device's action in its own list, replacing its earlier one of the same group. */
export function recordCardAction(actions: readonly CardAction[], action: CardAction): CardAction[] {
  const group = actionGroup(action.type);
  const kept = actions.filter(
    (other) => other.cardId !== action.cardId || actionGroup(other.type) !== group,
  );
  return [...kept, action].sort(
    (a, b) => compareText(a.cardId, b.cardId) || compareText(a.type, b.type),
  );
}

/** Records a device's setting change in its own list, replacing its earlier one. */
export function recordSettingChange(
  changes: readonly SettingChange[],
  change: SettingChange,
): SettingChange[] {
  return [...changes.filter((other) => other.path !== change.path), change].sort((a, b) =>
    compareText(a.path, b.path),
  );
}

/** What applying a new version of another device's day doc changes here. */
export function diffReviewDoc(
  appliedIds: readonly string[],
  doc: ReviewsDoc,
): { added: ReviewRow[]; removedIds: string[] } {
  const ids = new Set(doc.reviews.map((review) => review.id));
  return { added: doc.reviews, removedIds: appliedIds.filter((id) => !ids.has(id)) };
}

/**
 * The winning import of each deck: among complete imports (every chunk present), the latest
 * `importedAt`, ties broken by device id.
 */
export function pickDeckImports(docs: readonly DeckDoc[]): Map<string, DeckDoc[]> {
  const imports = new Map<string, DeckDoc[]>();
  for (const doc of docs) {
    const key = `${doc.deck.id}\u0000${doc.deviceId}\u0000${doc.deck.importedAt}`;
    const list = imports.get(key);
    if (list) list.push(doc);
    else imports.set(key, [doc]);
  }
  const winners = new Map<string, DeckDoc[]>();
  for (const chunks of imports.values()) {
    const first = chunks[0];
    const isComplete =
      first !== undefined &&
      new Set(chunks.filter((c) => c.chunkCount === first.chunkCount).map((c) => c.chunk)).size ===
        first.chunkCount;
    if (!isComplete) continue;
    const current = winners.get(first.deck.id)?.[0];
    const stamp = (doc: DeckDoc) => ({ at: doc.deck.importedAt, deviceId: doc.deviceId });
    if (current === undefined || isLater(stamp(first), stamp(current))) {
      winners.set(
        first.deck.id,
        [...chunks].sort((a, b) => a.chunk - b.chunk),
      );
    }
  }
  return winners;
}

/**
 * One doc from two revisions of it (a device restored from a backup wrote the doc again). The
 * result does not depend on which revision is `a`: reviews are a union (a review is never lost;
 * an undo made on one revision only comes back, the lesser harm), actions and settings keep
 * each latest entry, and a deck chunk keeps the later import.
 */
export function resolveDocConflict<T extends SyncDoc>(a: T, b: T): T {
  if (a.kind === 'reviews' && b.kind === 'reviews') {
    const reviews = new Map<string, ReviewRow>();
    for (const review of [...a.reviews, ...b.reviews]) {
      const current = reviews.get(review.id);
      if (current === undefined || stableText(review) > stableText(current)) {
        reviews.set(review.id, review);
      }
    }
    return { ...a, _rev: undefined, reviews: [...reviews.values()].sort(byId) };
  }
  if (a.kind === 'actions' && b.kind === 'actions') {
    const merged = mergeCardActions([a, b]);
    return { ...a, _rev: undefined, actions: [...merged.values()].map(stripDevice).sort(byCard) };
  }
  if (a.kind === 'settings' && b.kind === 'settings') {
    const merged = mergeSettingChanges([a, b]);
    const changes = [...merged.values()].map(({ path, value, at }) => ({ path, value, at }));
    return { ...a, _rev: undefined, changes: changes.sort((x, y) => compareText(x.path, y.path)) };
  }
  const winner = stableKey(a) >= stableKey(b) ? a : b;
  return { ...winner, _rev: undefined };
}

function stableKey(doc: SyncDoc): string {
  const at = doc.kind === 'deck' ? doc.deck.importedAt : 0;
  return `${String(at).padStart(16, '0')}${stableText({ ...doc, _rev: undefined })}`;
}

function stableText(value: unknown): string {
  return JSON.stringify(value) ?? '';
}

function stripDevice({ cardId, type, at, until }: CardAction): CardAction {
  return { cardId, type, at, until };
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareText(a.id, b.id);
}

function byCard(a: CardAction, b: CardAction): number {
  return compareText(a.cardId, b.cardId) || compareText(a.type, b.type);
}
