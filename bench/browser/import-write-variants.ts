import type { CardRow } from '../../src/storage/card-row';
import { createDatabase, type DrillbookDb } from '../../src/storage/db';
import { IMPORT_CHUNK_SIZE } from '../../src/storage/import-repo';
import type { WriteFigures } from './import-bench-types';
import { median } from './stats';

// One transaction per card takes some 15 s for 10,000 rows on this machine; its per-row cost
// is steady, so it is timed on this many rows and scaled, to spare the shared machine.
const PER_CARD_SAMPLE = 2000;

/** The same number of requests with nothing to store but the key, so no index entry either. */
type KeyOnlyRow = { id: string };

type Variant = {
  name: string;
  write: (db: DrillbookDb, rows: readonly CardRow[], keys: readonly KeyOnlyRow[]) => Promise<void>;
};

const variants: Variant[] = [
  { name: 'dexieBulkPutChunks', write: (db, rows) => writeDexieChunks(db, rows, 'put') },
  { name: 'dexieBulkAddChunks', write: (db, rows) => writeDexieChunks(db, rows, 'add') },
  { name: 'dexieBulkPutWindow2', write: (db, rows) => writeDexieWindow(db, rows) },
  { name: 'rawPutLoop', write: (db, rows) => writeRaw(db, rows, 'put') },
  { name: 'rawAddLoop', write: (db, rows) => writeRaw(db, rows, 'add') },
  // What IndexedDB costs per request alone: the floor of any design with one row per card.
  { name: 'rawPutKeyOnly', write: (db, _rows, keys) => writeRaw(db, keys, 'put') },
];

/**
 * The same card rows written several ways into fresh databases, side by side and in alternation
 * (`rounds` times each, the median kept): Dexie bulk chunks as the import did, raw IndexedDB
 * loops (the floor), key-only rows (the cost of the requests alone), and one transaction per card.
 */
export async function compareWrites(rows: readonly CardRow[], rounds = 3): Promise<WriteFigures> {
  const times = new Map<string, number[]>(variants.map((variant) => [variant.name, []]));
  const keys = rows.map(({ id }) => ({ id }));
  for (let round = 0; round < rounds; round += 1) {
    for (const variant of variants) {
      const ms = await timeInFreshDatabase(variant.name, (db) => variant.write(db, rows, keys));
      times.get(variant.name)?.push(ms);
    }
  }
  const sample = rows.slice(0, PER_CARD_SAMPLE);
  const perCardSampleMs = await timeInFreshDatabase('per-card', async (db) => {
    for (const row of sample) await db.transaction('rw', db.cards, () => db.cards.put(row));
  });
  const medians = Object.fromEntries(
    [...times].map(([name, list]) => [name, round1(median(list))]),
  );
  const bulk = medians.dexieBulkPutChunks ?? Number.NaN;
  const perCardTransactionMs = round1((perCardSampleMs / sample.length) * rows.length);
  return {
    cards: rows.length,
    rounds,
    medians,
    all: Object.fromEntries([...times].map(([name, list]) => [name, list.map(round1)])),
    perCardSampledRows: sample.length,
    perCardTransactionMs,
    perCardOverBulk: round1(perCardTransactionMs / bulk),
    bulkOverRawFloor: round2(bulk / (medians.rawPutLoop ?? Number.NaN)),
  };
}

async function writeDexieChunks(db: DrillbookDb, rows: readonly CardRow[], mode: 'put' | 'add') {
  await db.transaction('rw', db.cards, async () => {
    for (let start = 0; start < rows.length; start += IMPORT_CHUNK_SIZE) {
      const chunk = rows.slice(start, start + IMPORT_CHUNK_SIZE);
      await (mode === 'put' ? db.cards.bulkPut(chunk) : db.cards.bulkAdd(chunk));
    }
  });
}

async function writeDexieWindow(db: DrillbookDb, rows: readonly CardRow[]) {
  await db.transaction('rw', db.cards, async () => {
    let pending: Promise<unknown> | null = null;
    for (let start = 0; start < rows.length; start += IMPORT_CHUNK_SIZE) {
      const write = db.cards.bulkPut(rows.slice(start, start + IMPORT_CHUNK_SIZE));
      if (pending) await pending;
      pending = write;
    }
    await pending;
  });
}

function writeRaw(
  db: DrillbookDb,
  rows: readonly (CardRow | KeyOnlyRow)[],
  mode: 'put' | 'add',
): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = db.backendDB().transaction(['cards'], 'readwrite');
    const store = transaction.objectStore('cards');
    for (const row of rows) {
      if (mode === 'put') store.put(row);
      else store.add(row);
    }
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
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

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
