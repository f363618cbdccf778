import { isNew } from '../domain/card-state';
import type { DrillbookDb } from './db';
import { loadInactiveCardIds } from './queue-filters';

/** What the workload estimate reads: the stability of every studied card, and the new cards. */
export type WorkloadSample = { stabilities: number[]; newCardsLeft: number };

/**
 * Stabilities of the active cards rated at least once, and how many active cards are still
 * new. Reads the whole schedule table, so the Settings screen runs it once, not per keystroke.
 */
export async function loadWorkloadSample(db: DrillbookDb): Promise<WorkloadSample> {
  return db.transaction('r', [db.cards, db.schedule], async () => {
    const [rows, inactive, newCardsLeft] = await Promise.all([
      db.schedule.toArray(),
      loadInactiveCardIds(db),
      // Only active new cards carry a queue position (see card-row.ts).
      db.cards.orderBy('[deckId+newQueuePosition]').count(),
    ]);
    const stabilities = rows
      .filter((row) => !isNew(row.state) && !inactive.has(row.cardId))
      .map((row) => row.stability);
    return { stabilities, newCardsLeft };
  });
}
