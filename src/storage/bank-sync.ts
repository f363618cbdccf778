import type { CompiledDeck, DeckSource } from '../domain/card-types';
import { hashDeck } from '../domain/deck-sync/content-hash';
import type { DrillbookDb } from './db';
import { type DeckUpsert, type KnownHashes, toSkippedSummary, upsertDecks } from './import-repo';

/**
 * Stores compiled decks (the built-in bank at start-up) with `upsertDecks`. Decks whose stored
 * hash matches are skipped without a write transaction, so start-up with an unchanged bank is
 * one read. The rest are synced in one transaction: all or nothing.
 * `known` are hashes the caller already has (the built-in bank's are computed at build time).
 */
export async function syncDecks(
  db: DrillbookDb,
  decks: CompiledDeck[],
  source: DeckSource,
  now: number,
  known: KnownHashes = { decks: [], cards: {} },
): Promise<DeckUpsert[]> {
  const hashes = decks.map((deck, i) => known.decks[i] ?? hashDeck(deck));
  const stored = await db.decks.bulkGet(decks.map((compiled) => compiled.deck.id));
  const isCurrent = (i: number) =>
    stored[i]?.contentHash === hashes[i] && stored[i]?.source === source;
  if (decks.every((_, i) => isCurrent(i))) return decks.map(toSkippedSummary);
  return db.transaction('rw', [db.decks, db.cards, db.schedule, db.reviews], async () =>
    upsertDecks(db, decks, { source, now, known: { decks: hashes, cards: known.cards } }),
  );
}
