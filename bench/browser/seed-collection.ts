import type { ReviewRow, ScheduleRow } from '../../src/domain/scheduler/types';
import { syncDecks } from '../../src/storage/bank-sync';
import { toCardRow } from '../../src/storage/card-row';
import type { DrillbookDb } from '../../src/storage/db';
import { createBenchDeck } from './fake-deck';
import { createRandom } from './random';
import type { SeedFigures } from './review-bench-types';
import {
  countReviewsOf,
  createReviewHistory,
  createScheduleRow,
  isLearningCard,
  type SeedClock,
  shapeCollection,
} from './seed-rows';

// docs/architecture.md, "Measured facts": bulkPut in chunks of 1,000 is the fastest way
// IndexedDB takes rows.
const chunkSize = 1000;

type Log = (message: string) => void;

/**
 * Imports `size` cards through the app's own import path (timed: import throughput), then
 * builds the collection to measure: schedule rows, the imported card rows as they stand once
 * their cards have a schedule, and ten reviews per card, in bulk. That part is set-up, not an
 * app path; its times are reported for reference only.
 *
 * The import goes into its own database (`importDb`) and the measured one receives each row
 * once, in its final form: taking 90% of the cards out of the new-card index right after the
 * import would leave that many deleted index entries for LevelDB to skip, which makes the
 * new-card query far slower until a compaction, unlike a collection reviewed over months.
 */
export async function seedCollection(
  dbs: { db: DrillbookDb; importDb: DrillbookDb },
  size: number,
  clock: SeedClock,
  log: Log,
): Promise<SeedFigures> {
  const { db, importDb } = dbs;
  const deck = createBenchDeck(size);
  const began = performance.now();
  await syncDecks(importDb, [deck], 'import', clock.now);
  const importMs = performance.now() - began;
  log(`imported ${size} cards in ${seconds(importMs)}`);

  const shape = shapeCollection(size);
  const random = createRandom(11);
  const rows = deck.cards
    .slice(0, shape.scheduledCount)
    .map((card, position) =>
      createScheduleRow(
        random,
        card.id,
        isLearningCard(shape, position),
        countReviewsOf(shape, position),
        clock,
      ),
    );
  const scheduleMs = await timeChunks(rows, (chunk) => db.schedule.bulkPut(chunk));
  log(`wrote ${rows.length} schedule rows in ${seconds(scheduleMs)}`);
  const schedules = new Map(rows.map((row) => [row.cardId, row]));
  const cardIds = deck.cards.map((card) => card.id);
  const cardsMs = await timeChunks(cardIds, async (ids) => {
    const cards = await importDb.cards.bulkGet(ids);
    const final = cards.flatMap((card) => (card ? [toCardRow(card, schedules.get(card.id))] : []));
    await db.cards.bulkPut(final);
  });
  await db.decks.bulkPut(await importDb.decks.toArray());
  log(`copied ${size} card rows in their final form in ${seconds(cardsMs)}`);
  const { reviews, reviewsMs, reviewBytes } = await writeHistories(db, rows, log);

  return {
    cards: size,
    scheduleRows: rows.length,
    learningCards: shape.learningCount,
    newCards: size - shape.scheduledCount,
    reviews,
    averageCardBytes: Math.round(JSON.stringify(deck.cards).length / size),
    averageReviewBytes: Math.round(reviewBytes),
    importMs: round1(importMs),
    importCardsPerSecond: Math.round(size / (importMs / 1000)),
    scheduleMs: round1(scheduleMs),
    cardsMs: round1(cardsMs),
    reviewsMs: round1(reviewsMs),
  };
}

async function writeHistories(db: DrillbookDb, rows: ScheduleRow[], log: Log) {
  const random = createRandom(13);
  const total = rows.reduce((sum, row) => sum + row.reps, 0);
  const step = Math.max(chunkSize, Math.ceil(total / 10 / chunkSize) * chunkSize);
  let pending: ReviewRow[] = [];
  let written = 0;
  let nextReport = step;
  let reviewBytes = 0;
  const began = performance.now();
  for (const row of rows) {
    pending.push(...createReviewHistory(random, row));
    if (pending.length < chunkSize) continue;
    if (written === 0) reviewBytes = JSON.stringify(pending).length / pending.length;
    await db.reviews.bulkPut(pending);
    written += pending.length;
    pending = [];
    if (written >= nextReport) {
      log(`reviews ${written}/${total} (${seconds(performance.now() - began)})`);
      nextReport += step;
    }
  }
  if (pending.length > 0) await db.reviews.bulkPut(pending);
  if (reviewBytes === 0 && pending.length > 0) {
    reviewBytes = JSON.stringify(pending).length / pending.length;
  }
  const reviewsMs = performance.now() - began;
  log(`wrote ${total} reviews in ${seconds(reviewsMs)}`);
  return { reviews: total, reviewsMs, reviewBytes };
}

async function timeChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<number> {
  const began = performance.now();
  for (let start = 0; start < rows.length; start += chunkSize) {
    await write(rows.slice(start, start + chunkSize));
  }
  return performance.now() - began;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
