import { Dexie } from 'dexie';
import { isNew, State } from '../domain/card-state';
import type { DeckRow } from '../domain/card-types';
import type { ScheduleRow } from '../domain/scheduler/types';
import type { DrillbookDb } from './db';
import { compareDecks, isBuried, loadInactiveCardIds, loadLearningRows } from './queue-filters';

export type DeckCounts = { deckId: string; new: number; learning: number; due: number };

const DAY_MS = 24 * 60 * 60 * 1000;

export async function getDeck(db: DrillbookDb, id: string): Promise<DeckRow | undefined> {
  return db.decks.get(id);
}

/** Every deck, by title. */
export async function listDecks(db: DrillbookDb): Promise<DeckRow[]> {
  const decks = await db.decks.toArray();
  return decks.sort(compareDecks);
}

/**
 * Per deck, what is left today: new cards waiting (before daily limits), learning cards
 * and reviews due before the end of the study day. Suspended, removed and buried cards do
 * not count. Index counts do the bulk; only the few rows that must not count are read.
 * `dayEnd` defaults to 24 hours after `dayStart`; pass it on days with a clock change.
 */
export async function getDeckCounts(
  db: DrillbookDb,
  now: number,
  dayStart: number,
  dayEnd = dayStart + DAY_MS,
): Promise<DeckCounts[]> {
  return db.transaction('r', [db.decks, db.cards, db.schedule], async () => {
    const [decks, inactive, learning, resetToNew, buried] = await Promise.all([
      listDecks(db),
      loadInactiveCardIds(db),
      loadLearningRows(db),
      db.schedule.where('state').equals(State.New).toArray(),
      db.schedule.where('buriedUntil').above(now).toArray(),
    ]);
    const inactiveRows = await db.schedule.bulkGet([...inactive]);
    const notDue = new Map<string, ScheduleRow>();
    for (const row of [...learning, ...resetToNew, ...buried, ...inactiveRows]) {
      if (row !== undefined) notDue.set(row.cardId, row);
    }
    const isCounted = (row: ScheduleRow) => !inactive.has(row.cardId) && !isBuried(row, now);
    const buriedNew = buried.filter((row) => isNew(row.state) && !inactive.has(row.cardId));

    return Promise.all(
      decks.map(async ({ id }) => {
        const rowsDueToday = await db.schedule
          .where('[deckId+due]')
          .between([id, Dexie.minKey], [id, dayEnd], true, false)
          .count();
        const waitingNew = await db.cards
          .where('[deckId+newQueuePosition]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey])
          .count();
        const isTodayInDeck = (row: ScheduleRow) => row.deckId === id && row.due < dayEnd;
        return {
          deckId: id,
          new: waitingNew - buriedNew.filter((row) => row.deckId === id).length,
          learning: learning.filter((row) => isTodayInDeck(row) && isCounted(row)).length,
          due: rowsDueToday - [...notDue.values()].filter(isTodayInDeck).length,
        };
      }),
    );
  });
}
