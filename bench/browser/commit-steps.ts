// rateShownCard step by step: the pure scheduling, the write transaction, and what an
// (almost) empty read-write transaction over the same tables costs for comparison.
import { rateCard } from '../../src/domain/scheduler/rate-card';
import type { SchedulerSettings } from '../../src/domain/scheduler/types';
import type { DrillbookDb } from '../../src/storage/db';
import { saveRating } from '../../src/storage/schedule-repo';
import { loadReviewSnapshot } from '../../src/stores/review-session';
import { createUuid, type Random } from './random';
import type { Percentiles } from './review-bench-types';
import { moveToNextStudyDay, secondsPerCard } from './review-loop';
import { createStepTimer } from './stats';

export async function measureCommitSteps(
  db: DrillbookDb,
  startAt: number,
  settings: SchedulerSettings,
  random: Random,
  rounds: number,
): Promise<Record<string, Percentiles>> {
  const timer = createStepTimer();
  const { time } = timer;
  let now = startAt;
  for (let round = 0; round < rounds; ) {
    const query = { now, settings, pinnedCardId: null };
    // After the first round this read follows a commit, as the review screen's does.
    const { current } = await (round === 0
      ? loadReviewSnapshot(db, query)
      : time('loadReviewSnapshot after a commit', () => loadReviewSnapshot(db, query)));
    await time('loadReviewSnapshot after a read', () => loadReviewSnapshot(db, query));
    if (current === null) {
      now = moveToNextStudyDay(now, settings);
      continue;
    }
    const cardId = current.card.id;
    await time('emptyReadWriteTransaction', () =>
      db.transaction('rw', [db.schedule, db.reviews, db.cards], () => db.schedule.get(cardId)),
    );
    const rated = await time('rateCard (ts-fsrs)', () =>
      rateCard({
        before: current.schedule,
        cardId,
        deckId: current.card.deckId,
        rating: 3,
        now: now + 6000,
        reviewId: createUuid(random),
        mode: 'review',
        durationMs: 6000,
        settings,
      }),
    );
    await time('saveRating', () => saveRating(db, { ...rated, expectedBefore: current.schedule }));
    round += 1;
    now += secondsPerCard * 1000;
  }
  return timer.summarizeAll();
}
