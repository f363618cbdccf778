// The collection the sync bench starts from: a built-in bank of SYNC_BENCH_CARDS cards and N
// reviews rated through the scheduler as the app does, each card every two weeks on a day of
// its own: at 100,000 reviews about 140 a day over two years, so 700 day docs to sync.
import type { CompiledDeck } from '../../src/domain/card-types';
import { compileDeck } from '../../src/domain/compiler/compile-deck';
import { rateCard } from '../../src/domain/scheduler/rate-card';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import type { ReviewRow, ScheduleRow } from '../../src/domain/scheduler/types';
import { syncDecks } from '../../src/storage/bank-sync';
import type { DrillbookDb } from '../../src/storage/db';
import { putReviews, reviewLogTables } from '../../src/storage/review-log';

export const SYNC_BENCH_CARDS = 2000;
export const SYNC_BENCH_DECK = 'bank';
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1, 9);
const DAYS_BETWEEN_REVIEWS = 14;
const SECOND = 1000;
const WRITE_CHUNK = 10_000;

export function makeSyncBenchBank(): CompiledDeck {
  const text = Array.from(
    { length: SYNC_BENCH_CARDS },
    (_, i) =>
      `## Question ${i + 1}: What is topic ${i + 1}?\n\n### Interview-Specific Answer\n\nTopic ${i + 1}.\n`,
  ).join('\n');
  return compileDeck(`---\nid: ${SYNC_BENCH_DECK}\ntitle: Bank\n---\n\n${text}`, 'bank.md');
}

/** The bank, as a device that installed the app has it. */
export async function installSyncBenchBank(db: DrillbookDb, bank: CompiledDeck): Promise<void> {
  await syncDecks(db, [bank], 'builtin', START);
}

/** `count` reviews and the schedule they lead to, written through the review log. */
export async function seedSyncReviews(
  db: DrillbookDb,
  cardIds: readonly string[],
  count: number,
): Promise<void> {
  const perCard = Math.ceil(count / cardIds.length);
  const reviews: ReviewRow[] = [];
  const schedule: ScheduleRow[] = [];
  for (const [c, cardId] of cardIds.entries()) {
    let before: ScheduleRow | null = null;
    for (let r = 0; r < perCard && reviews.length < count; r += 1) {
      const rated = rateCard({
        before,
        cardId,
        deckId: SYNC_BENCH_DECK,
        rating: 3,
        now: START + (r * DAYS_BETWEEN_REVIEWS + (c % DAYS_BETWEEN_REVIEWS)) * DAY + c * SECOND,
        reviewId: `seed-${c}-${r}`,
        mode: 'review',
        durationMs: 4000,
        settings: defaultSchedulerSettings,
      });
      reviews.push(rated.review);
      before = rated.schedule;
    }
    if (before) schedule.push(before);
  }
  await db.transaction('rw', [db.schedule, ...reviewLogTables(db)], async () => {
    await db.schedule.bulkPut(schedule);
    for (let start = 0; start < reviews.length; start += WRITE_CHUNK) {
      await putReviews(db, reviews.slice(start, start + WRITE_CHUNK));
    }
  });
}
