// loadReviewSnapshot step by step: the same reads loadQueueInput makes (all decks), each timed
// on its own inside one read transaction, then the pure queue building and the head card.

import { loadReviewSnapshot } from '../../src/data/review-session/review-session';
import { readStudyDay } from '../../src/data/services/clock';
import { countDoneToday } from '../../src/domain/scheduler/done-today';
import { previewRatings } from '../../src/domain/scheduler/preview';
import { buildQueue, defaultLearnAheadMs } from '../../src/domain/scheduler/queue';
import { compareRowsByDue } from '../../src/domain/scheduler/session-queue';
import type { ScheduleRow, SchedulerSettings } from '../../src/domain/scheduler/types';
import { getCard } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import {
  isBuried,
  listDeckIdsInOrder,
  loadBuriedCardIds,
  loadInactiveCardIds,
} from '../../src/storage/queue-filters';
import { loadQueueInput } from '../../src/storage/queue-repo';
import type { StepTimer } from './stats';

/** Times each step once at `now`; reads only, so it can run between the measured iterations. */
export async function timeSnapshotSteps(
  db: DrillbookDb,
  now: number,
  settings: SchedulerSettings,
  { time }: StepTimer,
): Promise<void> {
  const { dayStart, dayEnd } = readStudyDay(now, settings.dayStartHour);
  const limits = {
    newCardsPerDay: settings.newCardsPerDay,
    maxReviewsPerDay: settings.maxReviewsPerDay,
  };
  const queue = await time('readTransaction', () =>
    db.transaction('r', [db.decks, db.cards, db.schedule, db.reviews], async () => {
      const deckIds = await time('deckIds', () => listDeckIdsInOrder(db));
      const inactive = await time('inactiveCardIds', () => loadInactiveCardIds(db));
      const decks = new Set(deckIds);
      const isShown = (row: ScheduleRow) =>
        decks.has(row.deckId) && !inactive.has(row.cardId) && !isBuried(row, now);
      const isReview = (row: ScheduleRow) => row.state === 2 && isShown(row);
      const learning = await time('learningRows', async () =>
        (await db.schedule.where('state').anyOf([1, 3]).toArray())
          .filter(isShown)
          .sort(compareRowsByDue),
      );
      const reviews = await time('dueReviews', () =>
        db.schedule
          .where('due')
          .below(dayEnd)
          .filter(isReview)
          .limit(settings.maxReviewsPerDay)
          .toArray(),
      );
      await time('nextReviewAfterToday', () =>
        db.schedule.where('due').aboveOrEqual(dayEnd).filter(isReview).first(),
      );
      const newCards = await time('newCards', () => loadNewCards(db, deckIds, now, settings));
      const reviewsToday = await time('reviewsToday', () =>
        db.reviews.where('reviewedAt').between(dayStart, dayEnd, true, false).toArray(),
      );
      return time('buildQueue', () =>
        buildQueue({
          now,
          learning: learning.filter((row) => row.due <= now + defaultLearnAheadMs),
          reviews,
          newCards,
          doneToday: countDoneToday(reviewsToday, dayStart),
          limits,
        }),
      );
    }),
  );
  const headId = queue.items[0]?.cardId;
  if (headId !== undefined) {
    await time('headCard', () => getCard(db, headId));
    const schedule = await time(
      'headSchedule',
      async () => (await db.schedule.get(headId)) ?? null,
    );
    await time('previewRatings', () => previewRatings(schedule, now, settings));
  }
  await time('loadQueueInput (whole)', () =>
    loadQueueInput(db, {
      now,
      dayStart,
      dayEnd,
      learnAheadMs: defaultLearnAheadMs,
      newLimit: settings.newCardsPerDay,
      reviewLimit: settings.maxReviewsPerDay,
    }),
  );
  await time('loadReviewSnapshot (whole)', () =>
    loadReviewSnapshot(db, { now, settings, pinnedCardId: null }),
  );
}

async function loadNewCards(
  db: DrillbookDb,
  deckIds: string[],
  now: number,
  settings: SchedulerSettings,
) {
  const buried = await loadBuriedCardIds(db, now);
  const found: { cardId: string; deckId: string }[] = [];
  for (const deckId of deckIds) {
    const cards = await db.cards
      .where('[deckId+newQueuePosition]')
      .between([deckId, Number.NEGATIVE_INFINITY], [deckId, Number.POSITIVE_INFINITY])
      .filter((card) => !buried.has(card.id))
      .limit(settings.newCardsPerDay - found.length)
      .toArray();
    found.push(...cards.map((card) => ({ cardId: card.id, deckId: card.deckId })));
  }
  return found;
}
