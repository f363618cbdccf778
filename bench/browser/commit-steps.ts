// rateShownCard step by step: the pure scheduling, the write transaction, and what an
// (almost) empty read-write transaction over the same tables and a bare IndexedDB put at each
// durability cost for comparison.

import { loadReviewSnapshot } from '../../src/data/review-session/review-session';
import { rateCard } from '../../src/domain/scheduler/rate-card';
import type { ScheduleRow, SchedulerSettings } from '../../src/domain/scheduler/types';
import type { DrillbookDb } from '../../src/storage/db';
import { saveRating } from '../../src/storage/schedule-repo';
import { createUuid, type Random } from './random';
import type { Percentiles } from './review-bench-types';
import { moveToNextStudyDay, secondsPerCard } from './review-loop';
import { createStepTimer } from './stats';

const durabilities: IDBTransactionDurability[] = ['default', 'relaxed', 'strict'];

function putRaw(
  db: DrillbookDb,
  row: ScheduleRow,
  durability: IDBTransactionDurability,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction('schedule', 'readwrite', { durability });
    tx.objectStore('schedule').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

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
    await time('readWriteTransaction, schedule and card get', () =>
      db.transaction('rw', [db.schedule, db.reviews, db.cards], () =>
        Promise.all([db.schedule.get(cardId), db.cards.get(cardId)]),
      ),
    );
    const before = current.schedule;
    if (before !== null) {
      // The same row put back unchanged: what the commit's durability costs, request by request.
      // Rotating the order keeps the first from always paying for what ran before it.
      for (let k = 0; k < durabilities.length; k += 1) {
        const durability = durabilities[(k + round) % durabilities.length] ?? 'default';
        await time(`raw put, durability ${durability}`, () => putRaw(db, before, durability));
      }
    }
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
