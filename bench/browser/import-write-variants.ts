import type { CardRow } from '../../src/storage/card-row';
import { createDatabase, type DrillbookDb } from '../../src/storage/db';
import { IMPORT_CHUNK_SIZE } from '../../src/storage/import-repo';
import type { WriteFigures } from './import-bench-types';

/** The same card rows written three ways into fresh databases, side by side. */
export async function compareWrites(rows: readonly CardRow[]): Promise<WriteFigures> {
  const bulkChunksMs = await timeInFreshDatabase('bulk', async (db) => {
    await db.transaction('rw', db.cards, async () => {
      for (let start = 0; start < rows.length; start += IMPORT_CHUNK_SIZE) {
        await db.cards.bulkPut(rows.slice(start, start + IMPORT_CHUNK_SIZE));
      }
    });
  });
  const bulkPipelinedMs = await timeInFreshDatabase('pipelined', async (db) => {
    await db.transaction('rw', db.cards, async () => {
      const writes: Promise<unknown>[] = [];
      for (let start = 0; start < rows.length; start += IMPORT_CHUNK_SIZE) {
        writes.push(db.cards.bulkPut(rows.slice(start, start + IMPORT_CHUNK_SIZE)));
      }
      await Promise.all(writes);
    });
  });
  const perCardTransactionMs = await timeInFreshDatabase('per-card', async (db) => {
    for (const row of rows) await db.transaction('rw', db.cards, () => db.cards.put(row));
  });
  return {
    cards: rows.length,
    bulkChunksMs: round(bulkChunksMs),
    bulkPipelinedMs: round(bulkPipelinedMs),
    perCardTransactionMs: round(perCardTransactionMs),
    perCardOverBulk: round(perCardTransactionMs / bulkChunksMs),
  };
}

async function timeInFreshDatabase(
  name: string,
  write: (db: DrillbookDb) => Promise<void>,
): Promise<number> {
  const dbName = `drillbook-import-bench-${name}`;
  await createDatabase(dbName).delete();
  const db = createDatabase(dbName);
  await db.open();
  try {
    const began = performance.now();
    await write(db);
    return performance.now() - began;
  } finally {
    db.close();
    await createDatabase(dbName).delete();
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
