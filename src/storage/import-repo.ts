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
    const rows = planned.flatMap((deck) => deck.rows);
    await writeInChunks(db, rows, hooks);
    await db.decks.bulkPut(planned.flatMap((deck) => (deck.deckRow ? [deck.deckRow] : [])));
    return planned.map(({ summary }) => summary);
  });
}

type PlannedDeck = { summary: DeckImport; rows: CardRow[]; deckRow: DeckRow | null };

async function planDeck(
  db: DrillbookDb,
  compiled: CompiledDeck,
  now: number,
): Promise<PlannedDeck> {
  const { id, title, description, tags, file } = compiled.deck;
  const contentHash = hashDeck(compiled);
  const current = await db.decks.get(id);
  if (current?.contentHash === contentHash && current.source === 'import') {
    const unchanged = new Set(compiled.cards.map((card) => card.id)).size;
    const counts = { added: 0, updated: 0, renamed: 0, unchanged, removed: 0, restored: 0 };
    return { summary: { deckId: id, title, counts }, rows: [], deckRow: null };
  }
  const existing = current ? await db.cards.where('deckId').equals(id).toArray() : [];
  const deckRow: DeckRow = {
    id,
    title,
    description,
    tags,
    source: 'import',
    fileName: file,
    importedAt: now,
    contentHash,
  };
  if (existing.length === 0 && hasUniqueIds(compiled)) {
    const rows = compiled.cards.map(toNewCardRow);
    const added = rows.length;
    const counts = { added, updated: 0, renamed: 0, unchanged: 0, removed: 0, restored: 0 };
    return { summary: { deckId: id, title, counts }, rows, deckRow };
  }
  const plan = planDeckSync(existing.map(toStoredCard), compiled.cards);
  const writes = toDeckSyncWrites(plan);
  const moved = await moveRenamedCards(db, writes.renames);

  const addedIds = new Set(plan.added.map((entry) => entry.card.id));
  const keptIds = writes.cards.map((card) => card.id).filter((cardId) => !addedIds.has(cardId));
  const keptSchedule = keptIds.length > 0 ? await db.schedule.bulkGet(keptIds) : [];
  const schedule = new Map<string, ScheduleRow>(moved.map((row) => [row.cardId, row]));
  for (const row of keptSchedule) if (row !== undefined) schedule.set(row.cardId, row);

  return {
    summary: { deckId: id, title, counts: plan.counts },
    rows: writes.cards.map((card) => toCardRow(card, schedule.get(card.id))),
    deckRow,
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

async function writeInChunks(db: DrillbookDb, rows: readonly CardRow[], hooks: ImportHooks) {
  hooks.onProgress?.(0, rows.length);
  for (let start = 0; start < rows.length; start += IMPORT_CHUNK_SIZE) {
    if (hooks.isCancelled?.()) throw new ImportCancelledError();
    const chunk = rows.slice(start, start + IMPORT_CHUNK_SIZE);
    await db.cards.bulkPut(chunk);
    hooks.onProgress?.(start + chunk.length, rows.length);
  }
  if (hooks.isCancelled?.()) throw new ImportCancelledError();
}
