import type { Table } from 'dexie';
import type { CompiledDeck, DeckRow, DeckSource } from '../domain/card-types';
import { hashDeck } from '../domain/deck-sync/content-hash';
import { type CardRename, toDeckSyncWrites } from '../domain/deck-sync/deck-sync-writes';
import { type DeckSyncCounts, planDeckSync } from '../domain/deck-sync/plan-deck-sync';
import type { ScheduleRow } from '../domain/scheduler/types';
import { toCardRow, toStoredCard } from './card-row';
import type { DrillbookDb } from './db';

export type SyncSummary = {
  deckId: string;
  title: string;
  /** The stored deck already had this content: nothing was read or written. */
  isSkipped: boolean;
  counts: DeckSyncCounts;
};

/** Decks' `hashDeck` in the order given, and cards' `hashCardContent` by card id. */
export type KnownHashes = {
  decks: readonly string[];
  cards: Readonly<Record<string, string>>;
};

// Design section 9: bulkPut in chunks of 1,000 is the fastest way IndexedDB takes rows.
const CHUNK_SIZE = 1000;

/**
 * Stores compiled decks, keeping every matched card's schedule and history (design section 2).
 * Decks whose stored hash matches are skipped without a write transaction, so start-up with
 * an unchanged bank is one read. The rest are synced in one transaction: all or nothing.
 * `known` are hashes the caller already has (the built-in bank's are computed at build time).
 */
export async function syncDecks(
  db: DrillbookDb,
  decks: CompiledDeck[],
  source: DeckSource,
  now: number,
  known: KnownHashes = { decks: [], cards: {} },
): Promise<SyncSummary[]> {
  const hashes = decks.map((deck, i) => known.decks[i] ?? hashDeck(deck));
  const stored = await db.decks.bulkGet(decks.map((compiled) => compiled.deck.id));
  const isCurrent = (i: number) =>
    stored[i]?.contentHash === hashes[i] && stored[i]?.source === source;
  if (decks.every((_, i) => isCurrent(i))) return decks.map(toSkippedSummary);

  return db.transaction('rw', [db.decks, db.cards, db.schedule, db.reviews], async () => {
    const summaries: SyncSummary[] = [];
    for (const [i, compiled] of decks.entries()) {
      const deckRow = toDeckRow(compiled, hashes[i] ?? hashDeck(compiled), source, now);
      summaries.push(await syncDeck(db, compiled, deckRow, known.cards));
    }
    return summaries;
  });
}

async function syncDeck(
  db: DrillbookDb,
  compiled: CompiledDeck,
  deckRow: DeckRow,
  cardHashes: KnownHashes['cards'],
): Promise<SyncSummary> {
  const current = await db.decks.get(deckRow.id);
  if (current?.contentHash === deckRow.contentHash && current.source === deckRow.source) {
    return toSkippedSummary(compiled);
  }
  const existing = await db.cards.where('deckId').equals(deckRow.id).toArray();
  const plan = planDeckSync(existing.map(toStoredCard), compiled.cards, cardHashes);
  const writes = toDeckSyncWrites(plan);
  const moved = await moveRenamedCards(db, writes.renames);

  const addedIds = new Set(plan.added.map((entry) => entry.card.id));
  const keptIds = writes.cards.map((card) => card.id).filter((id) => !addedIds.has(id));
  const keptSchedule = await db.schedule.bulkGet(keptIds);
  const schedule = new Map<string, ScheduleRow>(moved.map((row) => [row.cardId, row]));
  for (const row of keptSchedule) if (row !== undefined) schedule.set(row.cardId, row);

  const rows = writes.cards.map((card) => toCardRow(card, schedule.get(card.id)));
  await putInChunks(db.cards, rows);
  await db.decks.put(deckRow);
  return { deckId: deckRow.id, title: deckRow.title, isSkipped: false, counts: plan.counts };
}

/** Moves each renamed card's row, schedule and reviews to its new id. Returns the moved schedule rows. */
export async function moveRenamedCards(
  db: DrillbookDb,
  renames: CardRename[],
): Promise<ScheduleRow[]> {
  if (renames.length === 0) return [];
  const fromIds = renames.map((rename) => rename.from);
  const rows = await db.schedule.bulkGet(fromIds);
  const moved = renames.flatMap((rename, i) => {
    const row = rows[i];
    return row === undefined ? [] : [{ ...row, cardId: rename.to }];
  });
  await db.cards.bulkDelete(fromIds);
  await db.schedule.bulkDelete(fromIds);
  await db.schedule.bulkPut(moved);
  for (const { from, to } of renames) {
    await db.reviews
      .where('cardId')
      .equals(from)
      .modify((review) => {
        review.cardId = to;
        // Undo restores `before`: it must land on the new id too.
        if (review.before !== null) review.before = { ...review.before, cardId: to };
      });
  }
  return moved;
}

async function putInChunks<T, K>(table: Table<T, K>, rows: readonly T[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    await table.bulkPut(rows.slice(start, start + CHUNK_SIZE));
  }
}

function toDeckRow(
  compiled: CompiledDeck,
  contentHash: string,
  source: DeckSource,
  now: number,
): DeckRow {
  const { id, title, description, tags, file } = compiled.deck;
  return { id, title, description, tags, source, fileName: file, importedAt: now, contentHash };
}

function toSkippedSummary(compiled: CompiledDeck): SyncSummary {
  return {
    deckId: compiled.deck.id,
    title: compiled.deck.title,
    isSkipped: true,
    counts: {
      added: 0,
      updated: 0,
      renamed: 0,
      unchanged: new Set(compiled.cards.map((card) => card.id)).size,
      removed: 0,
      restored: 0,
    },
  };
}
