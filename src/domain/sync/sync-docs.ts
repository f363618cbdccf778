// The docs that sync exchanges through CouchDB. Few docs, each written by one device only, so
// two devices never write the same doc and conflicts cannot arise by construction:
// - `reviews/<device>/<day>`: that device's reviews of one UTC day (undo removes a review
//   from its doc, so the doc is the truth of that device's day);
// - `actions/<device>`: that device's latest suspend, unsuspend and bury of each card;
// - `settings/<device>`: that device's latest change of each setting;
// - `deck/<device>/<deck>/<chunk>`: a deck the device imported, with its cards, in chunks.
import type { DeckRow, StoredCard } from '../card-types';
import { compareText } from '../compare-text';
import type { ReviewRow } from '../scheduler/types';
import { calendarDateAt } from '../stats/readiness-date';

export const SYNC_DOC_KINDS = ['reviews', 'actions', 'settings', 'deck'] as const;
export type SyncDocKind = (typeof SYNC_DOC_KINDS)[number];

/** Fields every doc carries besides CouchDB's `_id` and `_rev`. */
type Envelope<K extends SyncDocKind> = { _id: string; _rev?: string; kind: K; deviceId: string };

export type ReviewsDoc = Envelope<'reviews'> & { day: string; reviews: ReviewRow[] };

export const CARD_ACTION_TYPES = ['suspend', 'unsuspend', 'bury'] as const;
export type CardActionType = (typeof CARD_ACTION_TYPES)[number];

/** A card action; `until` is the end of a bury (null for the others). */
export type CardAction = {
  cardId: string;
  type: CardActionType;
  at: number;
  until: number | null;
};

export type ActionsDoc = Envelope<'actions'> & { actions: CardAction[] };

/** One setting's latest change on a device; `value` null means the setting was cleared. */
export type SettingChange = { path: string; value: unknown; at: number };

export type SettingsDoc = Envelope<'settings'> & { changes: SettingChange[] };

export type DeckDoc = Envelope<'deck'> & {
  deck: DeckRow;
  chunk: number;
  chunkCount: number;
  cards: StoredCard[];
};

export type SyncDoc = ReviewsDoc | ActionsDoc | SettingsDoc | DeckDoc;

/** Cards per deck doc: a 10,000-card deck is 20 docs of well under CouchDB's 8 MB limit. */
export const DECK_CHUNK_SIZE = 500;

export function toReviewsDocId(deviceId: string, day: string): string {
  return `reviews/${deviceId}/${day}`;
}

export function toActionsDocId(deviceId: string): string {
  return `actions/${deviceId}`;
}

export function toSettingsDocId(deviceId: string): string {
  return `settings/${deviceId}`;
}

export function toDeckDocId(deviceId: string, deckId: string, chunk: number): string {
  return `deck/${deviceId}/${encodeURIComponent(deckId)}/${chunk}`;
}

/** The device that writes a doc, read from its id; null for an id that is none of ours. */
export function readDocOwner(id: string): string | null {
  const match = /^(?:reviews|actions|settings|deck)\/([^/]+)(?:\/|$)/.exec(id);
  return match?.[1] ?? null;
}

/** The UTC day of a time: days are cut the same way on every device, whatever its zone. */
export function toSyncDay(at: number): string {
  return calendarDateAt(at, 0);
}

/** A device's reviews as its day docs, each doc's reviews sorted by id (equal data, equal doc). */
export function buildReviewDocs(deviceId: string, reviews: Iterable<ReviewRow>): ReviewsDoc[] {
  const byDay = new Map<string, ReviewRow[]>();
  for (const review of reviews) {
    const day = toSyncDay(review.reviewedAt);
    const list = byDay.get(day);
    if (list) list.push(review);
    else byDay.set(day, [review]);
  }
  return [...byDay].map(([day, list]) => buildReviewDoc(deviceId, day, list));
}

export function buildReviewDoc(
  deviceId: string,
  day: string,
  reviews: readonly ReviewRow[],
): ReviewsDoc {
  return {
    _id: toReviewsDocId(deviceId, day),
    kind: 'reviews',
    deviceId,
    day,
    reviews: [...reviews].sort((a, b) => compareText(a.id, b.id)),
  };
}

/** A deck and its cards as docs of DECK_CHUNK_SIZE cards; suspension travels as actions. */
export function buildDeckDocs(
  deviceId: string,
  deck: DeckRow,
  cards: readonly StoredCard[],
): DeckDoc[] {
  const sorted = [...cards]
    .sort((a, b) => compareText(a.id, b.id))
    .map((card) => (card.status === 'suspended' ? { ...card, status: 'active' as const } : card));
  const chunkCount = Math.max(1, Math.ceil(sorted.length / DECK_CHUNK_SIZE));
  return Array.from({ length: chunkCount }, (_, chunk) => ({
    _id: toDeckDocId(deviceId, deck.id, chunk),
    kind: 'deck',
    deviceId,
    deck,
    chunk,
    chunkCount,
    cards: sorted.slice(chunk * DECK_CHUNK_SIZE, (chunk + 1) * DECK_CHUNK_SIZE),
  }));
}
