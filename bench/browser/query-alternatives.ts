// What the slowest reads of loadQueueInput would cost written another way.
// Dexie serves a query with .filter() or anyOf() by walking a cursor (one IndexedDB request
// per row); an index range with a plain limit is a single getAll request. The alternatives
// read the same ranges without the filters, so they show the cost floor, not a drop-in fix.

import { readStudyDay } from '../../src/data/services/clock';
import type { SchedulerSettings } from '../../src/domain/scheduler/types';
import type { DrillbookDb } from '../../src/storage/db';
import type { StepTimer } from './stats';

export async function timeQueryAlternatives(
  db: DrillbookDb,
  now: number,
  settings: SchedulerSettings,
  deckId: string,
  { time }: StepTimer,
): Promise<void> {
  const { dayEnd } = readStudyDay(now, settings.dayStartHour);
  await db.transaction('r', [db.cards, db.schedule, db.settings], async () => {
    await time('alt: one get (request floor)', () => db.settings.get('scheduler'));
    await time('alt: learningRows as equals(1) + equals(3)', () =>
      Promise.all([
        db.schedule.where('state').equals(1).toArray(),
        db.schedule.where('state').equals(3).toArray(),
      ]),
    );
    await time('alt: dueReviews as limit() without filter', () =>
      db.schedule.where('due').below(dayEnd).limit(settings.maxReviewsPerDay).toArray(),
    );
    await time('alt: newCards as limit() without filter', () =>
      db.cards
        .where('[deckId+newQueuePosition]')
        .between([deckId, Number.NEGATIVE_INFINITY], [deckId, Number.POSITIVE_INFINITY])
        .limit(settings.newCardsPerDay)
        .toArray(),
    );
  });
}
