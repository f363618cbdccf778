// Builds the per-day aggregates of a review log stored before they existed (database version
// 4), in chunks, oldest review first: docs/architecture.md, "Review aggregates".
import type { ReviewRow } from '../domain/scheduler/types';
import { type DrillbookDb, REVIEW_DAYS_BUILD_KEY } from './db';
import { changeAggregates, readBuildCursor, reviewLogTables } from './review-log';

/** Reviews counted per transaction: a few days of a heavy user, never the whole log. */
export const BUILD_CHUNK_SIZE = 5000;

/** Called after each chunk: `done` reviews counted of about `total`. */
export type BuildProgress = (done: number, total: number) => void;

/** Whether the aggregates count every review (no build pending). */
export async function isReviewDaysBuilt(db: DrillbookDb): Promise<boolean> {
  return (await readBuildCursor(db)) === undefined;
}

/**
 * Counts the reviews the aggregates do not count yet, chunk by chunk, each chunk in its own
 * transaction that also moves the cursor; so the build can stop anywhere (a closed tab) and
 * resume, and two builders (two tabs) never count a review twice. Returns at once when
 * nothing is left to build.
 */
export async function buildReviewDays(
  db: DrillbookDb,
  options: { chunkSize?: number; onProgress?: BuildProgress } = {},
): Promise<void> {
  const { chunkSize = BUILD_CHUNK_SIZE, onProgress } = options;
  const before = await readBuildCursor(db);
  if (before === undefined) return;
  const total = await db.reviews.where('reviewedAt').aboveOrEqual(before).count();
  let done = 0;
  onProgress?.(0, total);
  for (;;) {
    const counted = await buildReviewDaysChunk(db, chunkSize);
    if (counted === null) return;
    done += counted;
    onProgress?.(Math.min(done, total), total);
  }
}

/** Counts the next chunk; returns how many reviews it counted, or null when the build is done. */
export async function buildReviewDaysChunk(db: DrillbookDb, size: number): Promise<number | null> {
  return db.transaction('rw', reviewLogTables(db), async () => {
    const before = await readBuildCursor(db);
    if (before === undefined) return null;
    const { rows, next } = await readChunk(db, before, size);
    await changeAggregates(db, rows, []);
    if (next === undefined) await db.meta.delete(REVIEW_DAYS_BUILD_KEY);
    else await db.meta.put({ key: REVIEW_DAYS_BUILD_KEY, value: { before: next } });
    return rows.length;
  });
}

/**
 * The reviews from `before` on, up to a time `next` that no review of the chunk reaches, so
 * reviews of equal time are never split between chunks. `next` undefined: none are left.
 */
async function readChunk(
  db: DrillbookDb,
  before: number,
  size: number,
): Promise<{ rows: ReviewRow[]; next: number | undefined }> {
  const index = db.reviews.where('reviewedAt');
  const rows = await index.aboveOrEqual(before).limit(size).toArray();
  const last = rows.at(-1)?.reviewedAt;
  if (rows.length < size || last === undefined) return { rows, next: undefined };
  if (rows[0]?.reviewedAt !== last) {
    return { rows: rows.filter((row) => row.reviewedAt < last), next: last };
  }
  // A whole chunk of one instant (an import can do that): take all of them at once.
  const [same, after] = await Promise.all([
    index.equals(last).toArray(),
    db.reviews.where('reviewedAt').above(last).first(),
  ]);
  return { rows: same, next: after?.reviewedAt };
}
