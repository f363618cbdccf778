import { Dexie, type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { DeckRow } from '../domain/card-types';
import type { MediaImageType } from '../domain/media';
import { readDeviceId } from '../domain/scheduler/device';
import type { ReviewRow, ScheduleRow } from '../domain/scheduler/types';
import type { ReviewDayRow } from '../domain/stats/review-days';
import { type CardRow, toCardRow } from './card-row';

export type SettingRow = { key: string; value: unknown };

/** App bookkeeping that is not a user preference (bank hash, last export time). */
export type MetaRow = { key: string; value: unknown };

/** A stored image (see storage/media-repo.ts): its bytes, checked type and size in bytes. */
export type MediaRow = {
  key: string;
  type: MediaImageType;
  bytes: Uint8Array;
  size: number;
  addedAt: number;
};

export const DATABASE_VERSION = 6;

/** Version 1 (docs/architecture.md, "Data model"), exactly: upgrades from it stay real. */
export const SCHEMA_V1 = {
  decks: 'id, source',
  cards: 'id, deckId, status, *tags',
  schedule: 'cardId, due, [deckId+due], state',
  reviews: 'id, cardId, reviewedAt, [cardId+reviewedAt]',
  settings: 'key',
} satisfies Record<string, string>;

/**
 * Version 2 only adds what queries need. Both new indexes are sparse (IndexedDB skips rows
 * whose key is missing or null), so they cost nothing on the rows they do not hold:
 * - cards `[deckId+newQueuePosition]`: a deck's new cards in file order;
 * - schedule `buriedUntil`: the few buried rows, so due counts stay index counts;
 * - `meta`: bank hash, last export time.
 */
export const SCHEMA_V2 = {
  cards: 'id, deckId, status, *tags, [deckId+newQueuePosition]',
  schedule: 'cardId, due, [deckId+due], state, buriedUntil',
  meta: 'key',
} satisfies Record<string, string>;

/**
 * Version 3: every review names the device that made it. `[deviceId+reviewedAt]` finds this
 * device's last review for Undo, whatever other devices' clocks wrote after it.
 */
export const SCHEMA_V3 = {
  reviews: 'id, cardId, reviewedAt, [cardId+reviewedAt], [deviceId+reviewedAt]',
} satisfies Record<string, string>;

/**
 * Version 4: the review log's per-day aggregates, `reviewDays` (one row per UTC day, see
 * domain/stats/review-days.ts), kept by storage/review-log.ts in the transaction of every
 * write to `reviews`. The upgrade only marks them as to build: a worker builds them from the
 * log in chunks (storage/review-days-build.ts), so opening the database stays fast.
 */
export const SCHEMA_V4 = {
  reviewDays: 'day',
} satisfies Record<string, string>;

/**
 * Version 5: `media`, the images imported decks carry, keyed by the name cards use
 * (`media:<key>`). Local to this device: no backup or sync carries it.
 */
export const SCHEMA_V5 = {
  media: 'key',
} satisfies Record<string, string>;

/**
 * Version 6: cards `[deckId+position]`, a deck's cards in file order, so Browse's first page
 * reads its 50 cards rather than the whole collection.
 */
export const SCHEMA_V6 = {
  cards: 'id, deckId, status, *tags, [deckId+newQueuePosition], [deckId+position]',
} satisfies Record<string, string>;

/** The meta row that says the aggregates are not complete yet (see review-days-build.ts). */
export const REVIEW_DAYS_BUILD_KEY = 'reviewDaysBuild';

export type DatabaseDeps = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

export class DrillbookDb extends Dexie {
  declare readonly decks: EntityTable<DeckRow, 'id'>;
  declare readonly cards: EntityTable<CardRow, 'id'>;
  declare readonly schedule: EntityTable<ScheduleRow, 'cardId'>;
  declare readonly reviews: EntityTable<ReviewRow, 'id'>;
  declare readonly settings: EntityTable<SettingRow, 'key'>;
  declare readonly meta: EntityTable<MetaRow, 'key'>;
  declare readonly reviewDays: EntityTable<ReviewDayRow, 'day'>;
  declare readonly media: EntityTable<MediaRow, 'key'>;

  constructor(name: string, deps: DatabaseDeps = {}) {
    super(name, deps);
    declareVersion1(this);
    declareVersion2(this);
    declareVersion3(this);
    declareVersion4(this);
    declareVersion5(this);
    declareVersion6(this);
  }
}

export function createDatabase(name = 'drillbook', deps: DatabaseDeps = {}): DrillbookDb {
  return new DrillbookDb(name, deps);
}

export function declareVersion1(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
}

export function declareVersion2(db: Dexie): void {
  db.version(2).stores(SCHEMA_V2).upgrade(markNewCards);
}

export function declareVersion3(db: Dexie): void {
  db.version(3).stores(SCHEMA_V3).upgrade(markUnknownDevices);
}

export function declareVersion4(db: Dexie): void {
  db.version(4).stores(SCHEMA_V4).upgrade(markReviewDaysToBuild);
}

export function declareVersion5(db: Dexie): void {
  db.version(5).stores(SCHEMA_V5).upgrade(startMediaTable);
}

/**
 * IndexedDB builds the new index from the rows already there, in the upgrade's own
 * transaction: every card has a position, so no row needs to change.
 */
export function declareVersion6(db: Dexie): void {
  db.version(6).stores(SCHEMA_V6);
}

/** A new, empty table: no row of an earlier version refers to an image yet. */
async function startMediaTable(tx: Transaction): Promise<void> {
  await tx.table<MediaRow, string>('media').clear();
}

/**
 * Counting a large log here would keep the app from opening for many seconds: the upgrade
 * only records that no review is counted yet (every review is at or after -Infinity).
 */
async function markReviewDaysToBuild(tx: Transaction): Promise<void> {
  const meta = tx.table<MetaRow, string>('meta');
  await meta.put({ key: REVIEW_DAYS_BUILD_KEY, value: { before: Number.NEGATIVE_INFINITY } });
  // Version 3's Stats cached finished days here; the aggregates replace it.
  await meta.delete(OLD_STATS_CACHE_KEY);
}

const OLD_STATS_CACHE_KEY = 'statsDayCache';

/**
 * Reviews written before version 3 may come from this device or from a merged backup of
 * another one, and nothing tells which: they belong to no installation, so Undo never
 * deletes a review that may be another device's.
 */
async function markUnknownDevices(tx: Transaction): Promise<void> {
  await tx
    .table<ReviewRow, string>('reviews')
    .toCollection()
    .modify((review) => {
      review.deviceId = readDeviceId(review.deviceId);
    });
}

async function markNewCards(tx: Transaction): Promise<void> {
  const rows = await tx.table<ScheduleRow, string>('schedule').toArray();
  const schedule = new Map(rows.map((row) => [row.cardId, row]));
  await tx
    .table<CardRow, string>('cards')
    .toCollection()
    .modify((card, ctx) => {
      ctx.value = toCardRow(card, schedule.get(card.id));
    });
}
