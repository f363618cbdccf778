import type { CompiledDeck, DeckRow, DeckSource } from '../domain/card-types';
import { hashCardContent, hashDeck } from '../domain/deck-sync/content-hash';
import { type CardRename, toDeckSyncWrites } from '../domain/deck-sync/deck-sync-writes';
import { type DeckSyncCounts, planDeckSync } from '../domain/deck-sync/plan-deck-sync';
import type { ScheduleRow } from '../domain/scheduler/types';
import { type CardRow, toCardRow, toNewCardRow, toStoredCard } from './card-row';
import type { DrillbookDb } from './db';
import { moveReviewsToCard } from './review-log';

// docs/architecture.md, "Measured facts": bulkPut in chunks of 1,000 is the fastest way
// IndexedDB takes rows.
export const IMPORT_CHUNK_SIZE = 1000;

export type ImportHooks = {
  /** Called after each chunk of card rows is written. */
  onProgress?: (written: number, total: number) => void;
  /** Checked between chunks: true aborts the transaction, so nothing is written. */
  isCancelled?: () => boolean;
};

/** Decks' `hashDeck` in the order given, and cards' `hashCardContent` by card id. */
export type KnownHashes = {
  decks: readonly (string | undefined)[];
  cards: Readonly<Record<string, string>>;
};

export type UpsertOptions = {
  source: DeckSource;
  now: number;
  /** Hashes the caller already has (the built-in bank's are computed at build time). */
  known?: KnownHashes;
  hooks?: ImportHooks;
};

export type DeckUpsert = {
  deckId: string;
  title: string;
  /** The stored deck already had this content: no card was written. */
  isSkipped: boolean;
  counts: DeckSyncCounts;
};

export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';

  constructor() {
    super('The import was cancelled');
  }
}

/** Decks among `deckIds` that came with the app: an import must not take them over. */
export async function findBuiltinDecks(db: DrillbookDb, deckIds: string[]): Promise<DeckRow[]> {
  const rows = await db.decks.bulkGet(deckIds);
  return rows.filter((row): row is DeckRow => row?.source === 'builtin');
}

/** Imports the user's decks with `upsertDecks`, in one transaction: every deck or none. */
export async function importDecks(
  db: DrillbookDb,
  decks: readonly CompiledDeck[],
  now: number,
  hooks: ImportHooks = {},
): Promise<DeckUpsert[]> {
  return db.transaction('rw', [db.decks, db.cards, db.schedule, db.reviews], async () =>
    upsertDecks(db, decks, { source: 'import', now, hooks }),
  );
}

/**
 * Stores compiled decks as docs/architecture.md, "Import", says: matched cards keep schedule and
 * history, reworded ones are recognised, missing ones hidden. A deck whose stored hash and source
 * match is skipped. Everything is planned first; the card rows are then written in bulk chunks,
 * with progress. Call inside a read-write transaction on decks, cards, schedule and reviews.
 */
export async function upsertDecks(
  db: DrillbookDb,
  decks: readonly CompiledDeck[],
  options: UpsertOptions,
): Promise<DeckUpsert[]> {
  const planned: PlannedDeck[] = [];
  for (const [i, compiled] of decks.entries()) {
    planned.push(await planDeck(db, compiled, options, options.known?.decks[i]));
  }
  // The first chunk is issued before writeInChunks first awaits: a new deck's hash, needed
  // only for its deck row, is worked out while IndexedDB stores that chunk.
  const writing = writeInChunks(db, planned, options.hooks ?? {});
  const deckRows = planned.flatMap((deck) => (deck.makeDeckRow ? [deck.makeDeckRow()] : []));
  await writing;
  await db.decks.bulkPut(deckRows);
  return planned.map(({ summary }) => summary);
}

/** A deck's card rows to write, made chunk by chunk while the previous chunk is stored. */
type PlannedRows = { count: number; slice: (start: number, end: number) => CardRow[] };

type PlannedDeck = {
  summary: DeckUpsert;
  rows: PlannedRows;
  makeDeckRow: (() => DeckRow) | null;
};

const NO_ROWS: PlannedRows = { count: 0, slice: () => [] };

async function planDeck(
  db: DrillbookDb,
  compiled: CompiledDeck,
  { source, now, known }: UpsertOptions,
  knownDeckHash: string | undefined,
): Promise<PlannedDeck> {
  const { id, title } = compiled.deck;
  const cardHashes = known?.cards ?? {};
  const current = await db.decks.get(id);
  const knownHash = knownDeckHash ?? (current ? hashDeck(compiled) : null);
  if (current?.contentHash === knownHash && current.source === source) {
    return { summary: toSkippedSummary(compiled), rows: NO_ROWS, makeDeckRow: null };
  }
  const existing = await db.cards.where('deckId').equals(id).toArray();
  const makeDeckRow = () => toDeckRow(compiled, knownHash ?? hashDeck(compiled), source, now);
  if (existing.length === 0 && hasUniqueIds(compiled)) {
    const { cards } = compiled;
    const rows: PlannedRows = {
      count: cards.length,
      slice: (start, end) =>
        cards
          .slice(start, end)
          .map((card, i) =>
            toNewCardRow(card, start + i, cardHashes[card.id] ?? hashCardContent(card)),
          ),
    };
    const counts = { ...NO_CHANGES, added: cards.length };
    return { summary: { deckId: id, title, isSkipped: false, counts }, rows, makeDeckRow };
  }
  const plan = planDeckSync(existing.map(toStoredCard), compiled.cards, cardHashes);
  const writes = toDeckSyncWrites(plan);
  const moved = await moveRenamedCards(db, writes.renames);

  const addedIds = new Set(plan.added.map((entry) => entry.card.id));
  const keptIds = writes.cards.map((card) => card.id).filter((cardId) => !addedIds.has(cardId));
  const keptSchedule = keptIds.length > 0 ? await db.schedule.bulkGet(keptIds) : [];
  const schedule = new Map<string, ScheduleRow>(moved.map((row) => [row.cardId, row]));
  for (const row of keptSchedule) if (row !== undefined) schedule.set(row.cardId, row);

  const cardRows = writes.cards.map((card) => toCardRow(card, schedule.get(card.id)));
  return {
    summary: { deckId: id, title, isSkipped: false, counts: plan.counts },
    rows: { count: cardRows.length, slice: (start, end) => cardRows.slice(start, end) },
    makeDeckRow,
  };
}

/** Moves each renamed card's row, schedule and reviews to its new id. Returns the moved schedule rows. */
async function moveRenamedCards(db: DrillbookDb, renames: CardRename[]): Promise<ScheduleRow[]> {
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
  for (const { from, to } of renames) await moveReviewsToCard(db, from, to);
  return moved;
}

const NO_CHANGES: DeckSyncCounts = {
  added: 0,
  updated: 0,
  renamed: 0,
  unchanged: 0,
  removed: 0,
  restored: 0,
};

/** What upserting a deck that is already stored as it is reports. */
export function toSkippedSummary(compiled: CompiledDeck): DeckUpsert {
  const unchanged = new Set(compiled.cards.map((card) => card.id)).size;
  const { id, title } = compiled.deck;
  return { deckId: id, title, isSkipped: true, counts: { ...NO_CHANGES, unchanged } };
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

function hasUniqueIds(compiled: CompiledDeck): boolean {
  return new Set(compiled.cards.map((card) => card.id)).size === compiled.cards.length;
}

/**
 * Writes every planned row in chunks of IMPORT_CHUNK_SIZE, one chunk after the other: issuing
 * the next chunk before the previous one is stored was measured slower. The next chunk's rows
 * are built while the previous one is stored, though.
 */
async function writeInChunks(
  db: DrillbookDb,
  planned: readonly PlannedDeck[],
  hooks: ImportHooks,
): Promise<void> {
  const total = planned.reduce((sum, deck) => sum + deck.rows.count, 0);
  hooks.onProgress?.(0, total);
  const chunks = listChunks(planned);
  let next = chunks.next();
  while (!next.done) {
    if (hooks.isCancelled?.()) throw new ImportCancelledError();
    const { rows, end } = next.value;
    const write = db.cards.bulkPut(rows);
    try {
      next = chunks.next();
    } finally {
      await write;
    }
    hooks.onProgress?.(end, total);
  }
  if (hooks.isCancelled?.()) throw new ImportCancelledError();
}

/** The planned rows of every deck, in chunks of IMPORT_CHUNK_SIZE that may span decks. */
function* listChunks(planned: readonly PlannedDeck[]): Generator<{ rows: CardRow[]; end: number }> {
  let chunk: CardRow[] = [];
  let written = 0;
  for (const { rows } of planned) {
    for (let start = 0; start < rows.count; ) {
      const end = Math.min(rows.count, start + IMPORT_CHUNK_SIZE - chunk.length);
      chunk = chunk.length === 0 ? rows.slice(start, end) : chunk.concat(rows.slice(start, end));
      start = end;
      if (chunk.length === IMPORT_CHUNK_SIZE) {
        written += chunk.length;
        yield { rows: chunk, end: written };
        chunk = [];
      }
    }
  }
  if (chunk.length > 0) yield { rows: chunk, end: written + chunk.length };
}
