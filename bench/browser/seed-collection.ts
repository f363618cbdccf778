import type { CompiledCard } from '../../src/domain/card-types';
import { hashCardContent, hashDeck } from '../../src/domain/deck-sync/content-hash';
import type { ReviewRow, ScheduleRow } from '../../src/domain/scheduler/types';
import { type CardRow, toCardRow, toNewCardRow } from '../../src/storage/card-row';
import type { DrillbookDb } from '../../src/storage/db';
import { createBenchCards, createBenchDeckInfo } from './fake-deck';
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

// Cards per write transaction, with their schedule rows and ten times as many reviews: about
// 2,200 rows. Measured at 5,000 cards, this wrote 15 to 25% faster than 2,000 cards per
// transaction (Chromium keeps an undo log for large transactions); one chunk is built while
// the one before it commits.
const cardsPerChunk = 200;

type Log = (message: string) => void;

type Chunk = { cards: CardRow[]; schedule: ScheduleRow[]; reviews: ReviewRow[] };

/**
 * Builds the collection to measure straight into `db`, in its final form: each card row as it
 * stands once its card has a schedule, its schedule row, and its review history, written
 * together in bulk, chunk by chunk. This is set-up, not an app path (the import bench times
 * the app's import): it writes each row once, so no deleted index entries are left for
 * LevelDB to skip, as in a collection reviewed over months.
 */
export async function seedCollection(
  db: DrillbookDb,
  size: number,
  clock: SeedClock,
  log: Log,
): Promise<SeedFigures> {
  const shape = shapeCollection(size);
  const scheduleRandom = createRandom(11);
  const reviewRandom = createRandom(13);
  const deckInfo = createBenchDeckInfo();
  await db.open();
  const began = performance.now();
  let pending: Promise<unknown> = Promise.resolve();
  let reviews = 0;
  let reviewBytes = 0;
  let cardBytes = 0;
  let position = 0;
  let nextReport = 0;
  for (const cards of createBenchCards(size, cardsPerChunk)) {
    const chunk = buildChunk(
      cards,
      { card: position, review: reviews },
      { shape, clock, scheduleRandom, reviewRandom },
    );
    if (position === 0) {
      reviewBytes = averageBytes(chunk.reviews);
      cardBytes = averageBytes(cards);
    }
    position += cards.length;
    reviews += chunk.reviews.length;
    // At most one chunk in flight: the next is built while IndexedDB writes this one.
    await pending;
    pending = writeChunk(db, chunk);
    if (position >= nextReport) {
      log(`${position}/${size} cards, ${reviews} reviews (${seconds(performance.now() - began)})`);
      nextReport += Math.max(cardsPerChunk, size / 10);
    }
  }
  await pending;
  await db.decks.put({
    ...deckInfo,
    source: 'import',
    fileName: deckInfo.file,
    importedAt: clock.now,
    contentHash: hashDeck({ deck: deckInfo, cards: [], diagnostics: [] }),
  });
  const writeMs = performance.now() - began;
  log(`wrote ${size} cards and ${reviews} reviews in ${seconds(writeMs)}`);
  return {
    cards: size,
    scheduleRows: shape.scheduledCount,
    learningCards: shape.learningCount,
    newCards: size - shape.scheduledCount,
    reviews,
    averageCardBytes: Math.round(cardBytes),
    averageReviewBytes: Math.round(reviewBytes),
    cardsPerChunk,
    writeMs: Math.round(writeMs),
    rowsPerSecond: Math.round((size + shape.scheduledCount + reviews) / (writeMs / 1000)),
  };
}

type ChunkContext = {
  shape: ReturnType<typeof shapeCollection>;
  clock: SeedClock;
  scheduleRandom: () => number;
  reviewRandom: () => number;
};

function buildChunk(
  cards: CompiledCard[],
  first: { card: number; review: number },
  context: ChunkContext,
): Chunk {
  const { shape, clock } = context;
  const chunk: Chunk = { cards: [], schedule: [], reviews: [] };
  cards.forEach((card, i) => {
    const position = first.card + i;
    const row = toNewCardRow(card, position, hashCardContent(card));
    if (position >= shape.scheduledCount) {
      chunk.cards.push(row);
      return;
    }
    const schedule = createScheduleRow(
      context.scheduleRandom,
      card.id,
      isLearningCard(shape, position),
      countReviewsOf(shape, position),
      clock,
    );
    chunk.schedule.push(schedule);
    chunk.cards.push(toCardRow(row, schedule));
    chunk.reviews.push(
      ...createReviewHistory(context.reviewRandom, schedule, first.review + chunk.reviews.length),
    );
  });
  return chunk;
}

/**
 * One IndexedDB transaction for the chunk's rows, straight on the database Dexie opened, with
 * relaxed durability: nothing watches the writes (Dexie's bulkAdd would work out what each
 * changed for live queries), and a seeding cut short is thrown away anyway.
 */
function writeChunk(db: DrillbookDb, chunk: Chunk): Promise<void> {
  const tx = db.backendDB().transaction(['cards', 'schedule', 'reviews'], 'readwrite', {
    durability: 'relaxed',
  });
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('The seeding transaction was aborted'));
  });
  const write = (table: string, rows: readonly unknown[]) => {
    const store = tx.objectStore(table);
    for (const row of rows) store.add(row);
  };
  write('cards', chunk.cards);
  write('schedule', chunk.schedule);
  write('reviews', chunk.reviews);
  tx.commit();
  return done;
}

function averageBytes(rows: readonly unknown[]): number {
  return rows.length === 0 ? 0 : JSON.stringify(rows).length / rows.length;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
