import { rateCard } from '../../src/domain/scheduler/rate-card';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import type { Rating, ScheduleRow } from '../../src/domain/scheduler/types';
import type { DrillbookDb } from '../../src/storage/db';
import { saveRating } from '../../src/storage/schedule-repo';

export const MINUTE = 60_000;

/** Rates a card as the review screen would: through the scheduler, then one transaction. */
export async function rate(
  db: DrillbookDb,
  cardId: string,
  at: number,
  reviewId: string,
  rating: Rating = 3,
): Promise<ScheduleRow> {
  const before = (await db.schedule.get(cardId)) ?? null;
  const rated = rateCard({
    before,
    cardId,
    deckId: cardId.split('/')[0] ?? '',
    rating,
    now: at,
    reviewId,
    mode: 'review',
    durationMs: 5000,
    settings: defaultSchedulerSettings,
  });
  await saveRating(db, { schedule: rated.schedule, review: rated.review, expectedBefore: before });
  return rated.schedule;
}
