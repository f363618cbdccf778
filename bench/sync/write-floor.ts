// What writing N reviews costs this browser's IndexedDB whatever sync does: the same rows put
// into scratch databases in one transaction each, as rows with the review log's indexes, as
// requests that store a key alone, and as blocks of many reviews per row.
import { Dexie } from 'dexie';
import type { ReviewRow } from '../../src/domain/scheduler/types';
import { SCHEMA_V3 } from '../../src/storage/db';

export type WriteFloor = {
  rows: number;
  /** Each review a row, with the log's indexes (as the pull writes them). */
  reviewRowsMs: number;
  /** One request per review that stores its id alone: the per-request cost. */
  keyOnlyMs: number;
  /** The same reviews in rows of `blockSize`: what fewer, larger rows would cost. */
  blocksMs: number;
  blockSize: number;
};

const BLOCK_SIZE = 1000;

async function timeWrite(name: string, schema: string, rows: readonly object[]): Promise<number> {
  const db = new Dexie(`drillbook-write-floor-${name}`);
  db.version(1).stores({ rows: schema });
  await db.open();
  const table = db.table('rows');
  const began = performance.now();
  await db.transaction('rw', table, () => table.bulkPut([...rows]));
  const ms = performance.now() - began;
  db.close();
  await Dexie.delete(db.name);
  return Math.round(ms);
}

export async function measureWriteFloor(reviews: readonly ReviewRow[]): Promise<WriteFloor> {
  const blocks: { id: string; reviews: ReviewRow[] }[] = [];
  for (let start = 0; start < reviews.length; start += BLOCK_SIZE) {
    blocks.push({ id: `block-${start}`, reviews: reviews.slice(start, start + BLOCK_SIZE) });
  }
  return {
    rows: reviews.length,
    reviewRowsMs: await timeWrite('rows', SCHEMA_V3.reviews, reviews),
    keyOnlyMs: await timeWrite(
      'keys',
      'id',
      reviews.map((review) => ({ id: review.id })),
    ),
    blocksMs: await timeWrite('blocks', 'id', blocks),
    blockSize: BLOCK_SIZE,
  };
}
