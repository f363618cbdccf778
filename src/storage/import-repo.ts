import type { CompiledCard, CompiledDeck, DeckRow } from '../domain/card-types';
import { hashCardContent, hashDeck } from '../domain/deck-sync/content-hash';
import { toDeckSyncWrites } from '../domain/deck-sync/deck-sync-writes';
import { type DeckSyncCounts, planDeckSync } from '../domain/deck-sync/plan-deck-sync';
import type { ScheduleRow } from '../domain/scheduler/types';
import { moveRenamedCards } from './bank-sync';
import { type CardRow, toCardRow, toStoredCard } from './card-row';
import type { DrillbookDb } from './db';

// Design section 9: bulkPut in chunks of 1,000 is the fastest way IndexedDB takes rows.
export const IMPORT_CHUNK_SIZE = 1000;

export type ImportHooks = {
  /** Called after each chunk of card rows is written. */
  onProgress?: (written: number, total: number) => void;
  /** Checked between chunks: true aborts the transaction, so nothing is written. */
  isCancelled?: () => boolean;
};

export type DeckImport = { deckId: string; title: string; counts: DeckSyncCounts };

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

/**
 * Imports decks as design section 2 says (matched cards keep schedule and history, reworded
 * ones are recognised, missing ones hidden), all in one transaction: every deck or none.
 * Everything is planned first; the card rows are then written in bulk chunks, with progress.
 */
export async function importDecks(
  db: DrillbookDb,
  decks: readonly CompiledDeck[],
  now: number,
  hooks: ImportHooks = {},
): Promise<DeckImport[]> {
  return db.transaction('rw', [db.decks, db.cards, db.schedule, db.reviews], async () => {
    const planned: PlannedDeck[] = [];
    for (const compiled of decks) planned.push(await planDeck(db, compiled, now));
    // The first chunk is issued before writeInChunks first awaits: a new deck's hash, needed
    // only for its deck row, is worked out while IndexedDB stores that chunk.
    const writing = writeInChunks(db, planned, hooks);
    const deckRows = planned.flatMap((deck) => (deck.makeDeckRow ? [deck.makeDeckRow()] : []));
    await writing;
    await db.decks.bulkPut(deckRows);
    return planned.map(({ summary }) => summary);
  });
}

/** A deck's card rows to write, made chunk by chunk while the previous chunk is stored. */
type PlannedRows = { count: number; slice: (start: number, end: number) => CardRow[] };

type PlannedDeck = {
  summary: DeckImport;
  rows: PlannedRows;
  makeDeckRow: (() => DeckRow) | null;
};

const NO_ROWS: PlannedRows = { count: 0, slice: () => [] };

async function planDeck(
  db: DrillbookDb,
  compiled: CompiledDeck,
  now: number,
): Promise<PlannedDeck> {
  const { id, title, description, tags, file } = compiled.deck;
  const current = await db.decks.get(id);
  const knownHash = current ? hashDeck(compiled) : null;
  if (current?.contentHash === knownHash && current.source === 'import') {
    const unchanged = new Set(compiled.cards.map((card) => card.id)).size;
    const counts = { added: 0, updated: 0, renamed: 0, unchanged, removed: 0, restored: 0 };
    return { summary: { deckId: id, title, counts }, rows: NO_ROWS, makeDeckRow: null };
  }
  const existing = current ? await db.cards.where('deckId').equals(id).toArray() : [];
  const makeDeckRow = (): DeckRow => ({
    id,
    title,
    description,
    tags,
    source: 'import',
    fileName: file,
    importedAt: now,
    contentHash: knownHash ?? hashDeck(compiled),
  });
  if (existing.length === 0 && hasUniqueIds(compiled)) {
    const { cards } = compiled;
    const rows: PlannedRows = {
      count: cards.length,
      slice: (start, end) =>
        cards.slice(start, end).map((card, i) => toNewCardRow(card, start + i)),
    };
    const added = cards.length;
    const counts = { added, updated: 0, renamed: 0, unchanged: 0, removed: 0, restored: 0 };
    return { summary: { deckId: id, title, counts }, rows, makeDeckRow };
  }
  const plan = planDeckSync(existing.map(toStoredCard), compiled.cards);
  const writes = toDeckSyncWrites(plan);
  const moved = await moveRenamedCards(db, writes.renames);

  const addedIds = new Set(plan.added.map((entry) => entry.card.id));
  const keptIds = writes.cards.map((card) => card.id).filter((cardId) => !addedIds.has(cardId));
  const keptSchedule = keptIds.length > 0 ? await db.schedule.bulkGet(keptIds) : [];
  const schedule = new Map<string, ScheduleRow>(moved.map((row) => [row.cardId, row]));
  for (const row of keptSchedule) if (row !== undefined) schedule.set(row.cardId, row);

  const cardRows = writes.cards.map((card) => toCardRow(card, schedule.get(card.id)));
  return {
    summary: { deckId: id, title, counts: plan.counts },
    rows: { count: cardRows.length, slice: (start, end) => cardRows.slice(start, end) },
    makeDeckRow,
  };
}

/**
 * A brand-new deck's row, written out as a literal: the same row planDeckSync, toDeckSyncWrites
 * and toCardRow make for an added card, without their copies (a large import makes 100,000).
 */
function toNewCardRow(card: CompiledCard, position: number): CardRow {
  return {
    id: card.id,
    deckId: card.deckId,
    number: card.number,
    question: card.question,
    answer: card.answer,
    sections: card.sections,
    tags: card.tags,
    source: card.source,
    position,
    contentHash: hashCardContent(card),
    status: 'active',
    previousIds: [],
    newQueuePosition: position,
  };
}

function hasUniqueIds(compiled: CompiledDeck): boolean {
  return new Set(compiled.cards.map((card) => card.id)).size === compiled.cards.length;
}

/**
 * Writes every planned row in chunks of IMPORT_CHUNK_SIZE, one chunk after the other: issuing
 * the next chunk before the previous one is stored was measured slower (design section 9).
 * The next chunk's rows are built while the previous one is stored, though.
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
