import {
  type DatabaseRepair,
  describeDatabaseRepair,
  planDatabaseRepair,
} from '../domain/scheduler/check-database';
import { defaultSchedulerSettings } from '../domain/scheduler/settings';
import type { DrillbookDb } from './db';
import { deleteReviews, reviewLogTables } from './review-log';
import { writeScheduleRow } from './schedule-repo';
import { getSchedulerSettings } from './settings-repo';

export type DatabaseCheck = { repair: DatabaseRepair; report: string[] };

/**
 * Check database, as Anki has it: finds rows that contradict each other or their review
 * history and repairs them, all in one transaction, so the app is never left half repaired.
 */
export async function checkDatabase(db: DrillbookDb, now: number): Promise<DatabaseCheck> {
  const tables = [db.decks, db.cards, db.schedule, db.settings, ...reviewLogTables(db)];
  const repair = await db.transaction('rw', tables, async () => {
    const [deckIds, cards, schedule, reviews, settings] = await Promise.all([
      db.decks.toCollection().primaryKeys(),
      db.cards.toArray(),
      db.schedule.toArray(),
      db.reviews.toArray(),
      getSchedulerSettings(db, defaultSchedulerSettings),
    ]);
    const plan = planDatabaseRepair({ deckIds, cards, schedule, reviews, settings, now });
    await deleteReviews(db, plan.orphanReviewIds);
    await db.schedule.bulkDelete(plan.orphanScheduleIds);
    await db.decks.bulkPut(plan.recoveredDecks);
    for (const row of plan.rebuiltRows) await writeScheduleRow(db, row.cardId, row);
    for (const cardId of plan.resetCardIds) await writeScheduleRow(db, cardId, null);
    return plan;
  });
  return { repair, report: describeDatabaseRepair(repair) };
}
