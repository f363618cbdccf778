import type { Collection } from 'dexie';

export type KeptRowsRead<T> = {
  keep: (row: T) => boolean;
  limit: number;
  /** How many rows of the range may fail `keep`, at most, as far as the caller knows. */
  expectedSkips: number;
};

/**
 * The first `limit` rows of an index range that pass `keep`. A filtered Dexie collection
 * walks a cursor, one round trip per row; a plain `limit` is one `getAll`, several times
 * faster. So read limit + expectedSkips rows at once, and walk the cursor only when more
 * rows than expected were skipped.
 */
export async function readKeptRows<T, K, I>(
  makeRange: () => Collection<T, K, I>,
  read: KeptRowsRead<T>,
): Promise<T[]> {
  const pageSize = read.limit + read.expectedSkips;
  const page = Number.isFinite(pageSize)
    ? await makeRange().limit(pageSize).toArray()
    : await makeRange().toArray();
  const kept = page.filter(read.keep);
  if (kept.length >= read.limit || page.length < pageSize) return kept.slice(0, read.limit);
  return makeRange().filter(read.keep).limit(read.limit).toArray();
}
