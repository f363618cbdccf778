// The one way to write the review log (docs/architecture.md, "Review aggregates"): every
// function here changes `reviews` and the per-day aggregates `reviewDays` together, in the
// caller's transaction, so the aggregates always equal a count of the log. The boundary test
// refuses a write to either table anywhere else.
import type { ReviewRow } from '../domain/scheduler/types';
import {
  changeDayCounts,
  type DayFact,
  groupByAggregateDay,
  type ReviewDayRow,
  readDayCounts,
  toAggregateDay,
  writeDayRow,
} from '../domain/stats/review-days';
import { type DrillbookDb, REVIEW_DAYS_BUILD_KEY } from './db';

/** The tables a write to the review log needs in its transaction. */
export function reviewLogTables(db: DrillbookDb) {
  return [db.reviews, db.reviewDays, db.meta];
}

/** Adds new reviews; an id that is already stored fails the whole write (a review is never overwritten). */
export async function addReviews(db: DrillbookDb, rows: readonly ReviewRow[]): Promise<void> {
  if (rows.length === 0) return;
  await inLogTransaction(db, async () => {
    const [first] = rows;
    await Promise.all([
      rows.length === 1 && first !== undefined
        ? db.reviews.add(first)
        : db.reviews.bulkAdd([...rows]),
      countReviewsIn(db, rows, []),
    ]);
  });
}

/** Puts reviews by id (a union by id, as merge and sync apply it); of equal ids the last wins. */
export async function putReviews(db: DrillbookDb, rows: readonly ReviewRow[]): Promise<void> {
  if (rows.length === 0) return;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const unique = [...byId.values()];
  await inLogTransaction(db, async () => {
    const stored = await readStoredRows(db, [...byId.keys()]);
    await Promise.all([db.reviews.bulkPut(unique), countReviewsIn(db, unique, stored)]);
  });
}

/**
 * The stored rows of these ids. Each lookup is an IndexedDB request of its own (about 0.05 ms
 * in Chromium), so when the log holds fewer rows than are asked for (a first sync, a restore on
 * a new device) its keys are read in one request and only the ids found are looked up.
 */
async function readStoredRows(db: DrillbookDb, ids: readonly string[]): Promise<ReviewRow[]> {
  if ((await db.reviews.count()) >= ids.length) {
    return definedRows(await db.reviews.bulkGet([...ids]));
  }
  const keys = new Set(await db.reviews.toCollection().primaryKeys());
  return definedRows(await db.reviews.bulkGet(ids.filter((id) => keys.has(id))));
}

/** Deletes the reviews of these ids (ids not stored are ignored). */
export async function deleteReviews(db: DrillbookDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await inLogTransaction(db, async () => {
    const stored = definedRows(await db.reviews.bulkGet([...ids]));
    await Promise.all([db.reviews.bulkDelete([...ids]), countReviewsIn(db, [], stored)]);
  });
}

/** Empties the log and its aggregates (an empty log is fully counted). */
export async function clearReviews(db: DrillbookDb): Promise<void> {
  await inLogTransaction(db, async () => {
    await Promise.all([
      db.reviews.clear(),
      db.reviewDays.clear(),
      db.meta.delete(REVIEW_DAYS_BUILD_KEY),
    ]);
  });
}

/**
 * Moves a renamed card's reviews to its new id. The aggregates count no card ids, so they
 * stay as they are.
 */
export async function moveReviewsToCard(db: DrillbookDb, from: string, to: string): Promise<void> {
  await db.reviews
    .where('cardId')
    .equals(from)
    .modify((review) => {
      review.cardId = to;
      // Undo restores `before`: it must land on the new id too.
      if (review.before !== null) review.before = { ...review.before, cardId: to };
    });
}

/**
 * Where the aggregate build has got to: reviews before `before` are counted, later ones are
 * not yet. Undefined when the aggregates are complete.
 */
export async function readBuildCursor(db: DrillbookDb): Promise<number | undefined> {
  const value: unknown = (await db.meta.get(REVIEW_DAYS_BUILD_KEY))?.value;
  if (typeof value !== 'object' || value === null) return undefined;
  const before: unknown = Reflect.get(value, 'before');
  // A damaged marker counts nothing as built: the build then counts every review again.
  return typeof before === 'number' && !Number.isNaN(before) ? before : Number.NEGATIVE_INFINITY;
}

/**
 * Counts `added` in and `removed` out of the aggregates. While the build runs, only reviews
 * it has passed are counted here; it counts the later ones itself when it reaches them, so a
 * review written meanwhile is counted once. The cursor and the day rows are read together:
 * a rating's commit waits for one more round trip, not two.
 */
async function countReviewsIn(
  db: DrillbookDb,
  added: readonly DayFact[],
  removed: readonly DayFact[],
): Promise<void> {
  const days = listDays(added, removed);
  if (days.length === 0) return;
  const [before, stored] = await Promise.all([readBuildCursor(db), db.reviewDays.bulkGet(days)]);
  const isCounted = (review: DayFact) => before === undefined || review.reviewedAt < before;
  await writeAggregates(db, days, stored, added.filter(isCounted), removed.filter(isCounted));
}

/** Adds and takes away reviews in the day rows, as they are. Call inside a transaction. */
export async function changeAggregates(
  db: DrillbookDb,
  added: readonly DayFact[],
  removed: readonly DayFact[],
): Promise<void> {
  const days = listDays(added, removed);
  if (days.length === 0) return;
  await writeAggregates(db, days, await db.reviewDays.bulkGet(days), added, removed);
}

function listDays(added: readonly DayFact[], removed: readonly DayFact[]): number[] {
  return [...new Set([...added, ...removed].map((review) => toAggregateDay(review.reviewedAt)))];
}

async function writeAggregates(
  db: DrillbookDb,
  days: readonly number[],
  stored: readonly (ReviewDayRow | undefined)[],
  added: readonly DayFact[],
  removed: readonly DayFact[],
): Promise<void> {
  const plus = groupByAggregateDay(added);
  const minus = groupByAggregateDay(removed);
  const puts: ReviewDayRow[] = [];
  const deletes: number[] = [];
  for (const [i, day] of days.entries()) {
    if (!plus.has(day) && !minus.has(day)) continue;
    const counts = readDayCounts(stored[i]);
    // Out first, then in: a review put again over itself never drops below zero.
    changeDayCounts(counts, day, minus.get(day) ?? [], -1);
    changeDayCounts(counts, day, plus.get(day) ?? [], 1);
    const row = writeDayRow(day, counts);
    if (row !== undefined) puts.push(row);
    else if (stored[i] !== undefined) deletes.push(day);
  }
  await Promise.all([db.reviewDays.bulkPut(puts), db.reviewDays.bulkDelete(deletes)]);
}

function inLogTransaction<T>(db: DrillbookDb, work: () => Promise<T>): Promise<T> {
  // Inside a caller's transaction this joins it (which must then hold these tables).
  return db.transaction('rw', reviewLogTables(db), work);
}

function definedRows(rows: readonly (ReviewRow | undefined)[]): ReviewRow[] {
  return rows.filter((row): row is ReviewRow => row !== undefined);
}
