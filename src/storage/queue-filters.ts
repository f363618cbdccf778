import { State } from '../domain/card-state';
import type { ScheduleRow } from '../domain/scheduler/types';
import type { DrillbookDb } from './db';

// Helpers for the queue and the counts. Schedule rows do not know whether their card is
// suspended or removed, so those few card ids are read once through the status index.

export function isBuried(row: ScheduleRow, now: number): boolean {
  return row.buriedUntil !== null && row.buriedUntil > now;
}

/** Ids of suspended and removed cards (their schedule rows stay, but never show). */
export async function loadInactiveCardIds(db: DrillbookDb): Promise<Set<string>> {
  // One equals() range per value: anyOf() walks the index with a cursor, which some
  // IndexedDB implementations make as slow as a full scan.
  const suspended = await db.cards.where('status').equals('suspended').primaryKeys();
  const removed = await db.cards.where('status').equals('removed').primaryKeys();
  return new Set([...suspended, ...removed]);
}

/** Learning and relearning rows, read as two equals() ranges (see above). */
export async function loadLearningRows(db: DrillbookDb): Promise<ScheduleRow[]> {
  const learning = await db.schedule.where('state').equals(State.Learning).toArray();
  const relearning = await db.schedule.where('state').equals(State.Relearning).toArray();
  return [...learning, ...relearning];
}

/** Ids of cards buried past `now`, through the sparse buriedUntil index. */
export async function loadBuriedCardIds(db: DrillbookDb, now: number): Promise<Set<string>> {
  const ids = await db.schedule.where('buriedUntil').above(now).primaryKeys();
  return new Set(ids);
}

/** Deck ids in the order decks are listed (by title). */
export async function listDeckIdsInOrder(db: DrillbookDb): Promise<string[]> {
  const decks = await db.decks.toArray();
  return decks.sort(compareDecks).map((deck) => deck.id);
}

export function compareDecks(
  a: { title: string; id: string },
  b: { title: string; id: string },
): number {
  return a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
