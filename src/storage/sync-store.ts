// What sync reads from and writes to the app's database. Pulled rows arrive here already
// checked; each batch is applied in one transaction, so a failure leaves the data as it was.
import { Dexie, type ObservabilitySet, RangeSet } from 'dexie';
import type { DeckRow, StoredCard } from '../domain/card-types';
import type { BackupSetting } from '../domain/deck-import/backup-format';
import { createNewRow } from '../domain/scheduler/card-convert';
import { groupReviewsByCard } from '../domain/scheduler/group-reviews';
import { defaultSchedulerSettings } from '../domain/scheduler/settings';
import type { ReviewRow, ScheduleRow } from '../domain/scheduler/types';
import { replayMerged } from './backup-merge';
import { type CardRow, toCardRow, toStoredCard } from './card-row';
import type { DrillbookDb } from './db';
import { deleteReviews, putReviews, reviewLogTables } from './review-log';
import { getSchedulerSettings } from './settings-repo';

export type SyncBatch = {
  decks: { deck: DeckRow; cards: StoredCard[] }[];
  addReviews: ReviewRow[];
  removeReviewIds: string[];
  /** Cards whose status the merged actions set. */
  statuses: { cardId: string; isSuspended: boolean }[];
  buries: { cardId: string; until: number }[];
  /** The settings rows to put; a key in `removeSettings` is deleted. */
  settings: BackupSetting[];
  removeSettings: string[];
};

export type CardMarks = { suspended: string[]; buried: { cardId: string; until: number }[] };

/** Every review, for the first push of a device's history. */
export function readAllReviews(db: DrillbookDb): Promise<ReviewRow[]> {
  return db.reviews.toArray();
}

export async function readReviews(db: DrillbookDb, ids: readonly string[]): Promise<ReviewRow[]> {
  const rows = await db.reviews.bulkGet([...ids]);
  return rows.filter((row): row is ReviewRow => row !== undefined);
}

export function readSettingRows(db: DrillbookDb): Promise<BackupSetting[]> {
  return db.settings.toArray();
}

/** Suspended cards and live buries: what card actions describe. */
export async function readCardMarks(db: DrillbookDb): Promise<CardMarks> {
  const [suspended, buried] = await Promise.all([
    db.cards.where('status').equals('suspended').primaryKeys(),
    db.schedule.where('buriedUntil').above(0).toArray(),
  ]);
  return {
    suspended,
    buried: buried.map((row) => ({ cardId: row.cardId, until: row.buriedUntil ?? 0 })),
  };
}

/** The imported decks and their cards, to push a device's imports. */
export async function readImportedDecks(
  db: DrillbookDb,
): Promise<{ deck: DeckRow; cards: StoredCard[] }[]> {
  const decks = await db.decks.where('source').equals('import').toArray();
  return Promise.all(
    decks.map(async (deck) => ({
      deck,
      cards: (await db.cards.where('deckId').equals(deck.id).toArray()).map(toStoredCard),
    })),
  );
}

/** Applies a batch of pulled rows; each card that gained or lost a review is replayed. */
export async function applySyncBatch(db: DrillbookDb, batch: SyncBatch, now: number) {
  const tables = [db.decks, db.cards, db.schedule, db.settings, ...reviewLogTables(db)];
  return db.transaction('rw', tables, async () => {
    for (const { deck, cards } of batch.decks) await putDeck(db, deck, cards);
    if (batch.settings.length > 0) await db.settings.bulkPut(batch.settings);
    if (batch.removeSettings.length > 0) await db.settings.bulkDelete(batch.removeSettings);
    const removed = await readReviews(db, batch.removeReviewIds);
    const affected = new Map<string, string>();
    for (const review of [...batch.addReviews, ...removed])
      affected.set(review.cardId, review.deckId);
    await putReviews(db, batch.addReviews);
    await deleteReviews(db, batch.removeReviewIds);
    await replayCards(db, affected);
    for (const { cardId, isSuspended } of batch.statuses) {
      const card = await db.cards.get(cardId);
      if (card === undefined || card.status === 'removed') continue;
      const status = isSuspended ? 'suspended' : 'active';
      // Through toCardRow, so that the new-card queue index follows the status.
      if (card.status !== status) {
        const schedule = await db.schedule.get(cardId);
        await db.cards.put(toCardRow({ ...toStoredCard(card), status }, schedule));
      }
    }
    for (const { cardId, until } of batch.buries) {
      const card = await db.cards.get(cardId);
      if (card === undefined) continue;
      const row = (await db.schedule.get(cardId)) ?? createNewRow(cardId, card.deckId, now);
      if (row.buriedUntil !== until) await putSchedule(db, cardId, { ...row, buriedUntil: until });
    }
    return { affectedCards: affected.size };
  });
}

/** Replays each card from its merged reviews, reading and writing in bulk. */
async function replayCards(db: DrillbookDb, affected: ReadonlyMap<string, string>) {
  if (affected.size === 0) return;
  const ids = [...affected.keys()];
  const settings = await getSchedulerSettings(db, defaultSchedulerSettings);
  // One range read per card, all in flight at once: an anyOf() over thousands of ids walks
  // the index key by key.
  const [cards, previous, perCard] = await Promise.all([
    db.cards.bulkGet(ids),
    db.schedule.bulkGet(ids),
    Promise.all(
      ids.map((cardId) =>
        db.reviews
          .where('[cardId+reviewedAt]')
          .between([cardId, Dexie.minKey], [cardId, Dexie.maxKey])
          .toArray(),
      ),
    ),
  ]);
  const byCard = groupReviewsByCard(perCard.flat());
  const puts: ScheduleRow[] = [];
  const deletes: string[] = [];
  const cardRows: CardRow[] = [];
  ids.forEach((cardId, i) => {
    const card = cards[i];
    if (card === undefined) return;
    const stored = { ...toStoredCard(card), deckId: affected.get(cardId) ?? card.deckId };
    const row = replayMerged(stored, byCard.get(cardId) ?? [], previous[i], settings) ?? null;
    if (row === null) deletes.push(cardId);
    else puts.push(row);
    cardRows.push(toCardRow(toStoredCard(card), row));
  });
  await Promise.all([
    db.schedule.bulkPut(puts),
    db.schedule.bulkDelete(deletes),
    db.cards.bulkPut(cardRows),
  ]);
}

async function putDeck(db: DrillbookDb, deck: DeckRow, cards: readonly StoredCard[]) {
  const local = await db.decks.get(deck.id);
  if (local !== undefined && local.importedAt >= deck.importedAt) return;
  await db.decks.put(deck);
  const existing = new Map(
    (await db.cards.bulkGet(cards.map((c) => c.id))).map((c, i) => [cards[i]?.id, c]),
  );
  const schedule = await db.schedule.bulkGet(cards.map((c) => c.id));
  await db.cards.bulkPut(
    cards.map((card, i) => {
      const kept = existing.get(card.id)?.status === 'suspended' && card.status === 'active';
      return toCardRow(kept ? { ...card, status: 'suspended' } : card, schedule[i]);
    }),
  );
}

async function putSchedule(db: DrillbookDb, cardId: string, row: ScheduleRow | null) {
  const card = await db.cards.get(cardId);
  if (row === null) await db.schedule.delete(cardId);
  else await db.schedule.put(row);
  if (card !== undefined) await db.cards.put(toCardRow(toStoredCard(card), row));
}

export type SyncChanges = { reviewIds: string[]; cardIds: string[]; isSettingsChanged: boolean };

const WATCHED = new Set(['reviews', 'cards', 'schedule', 'settings', 'decks']);

/**
 * Calls `onChange` with the keys written after each commit, in this tab or another, to a
 * table sync carries. Sync's own writes come back too: sync compares with what it knows.
 */
export function watchSyncChanges(db: DrillbookDb, onChange: (changes: SyncChanges) => void) {
  const prefix = `idb://${db.name}/`;
  const listener = (parts: ObservabilitySet) => {
    const changes: SyncChanges = { reviewIds: [], cardIds: [], isSettingsChanged: false };
    let isAll = false;
    for (const [part, ranges] of Object.entries(parts)) {
      if (part === 'all') isAll = true;
      if (!part.startsWith(prefix)) continue;
      const [table = '', index = ''] = part.slice(prefix.length).split('/');
      if (!WATCHED.has(table) || index !== '') continue;
      if (table === 'settings' || table === 'decks') {
        changes.isSettingsChanged ||= table === 'settings';
        continue;
      }
      for (const range of RangeSet(ranges)) {
        if (range.from !== range.to || typeof range.from !== 'string') {
          isAll = true;
          continue;
        }
        (table === 'reviews' ? changes.reviewIds : changes.cardIds).push(range.from);
      }
    }
    if (isAll) onChange({ reviewIds: [], cardIds: [], isSettingsChanged: true });
    else if (changes.reviewIds.length + changes.cardIds.length > 0 || changes.isSettingsChanged)
      onChange(changes);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
