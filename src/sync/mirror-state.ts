// What the engine remembers between runs, in the local mirror's `_local` docs (never
// replicated): what it applied of each other device's day doc, and the state it last saw here.
import type PouchDB from 'pouchdb-core';
import type { PouchDoc } from 'pouchdb-core';
import type { SyncDoc } from '../domain/sync/sync-docs';

export type LocalBase = {
  /** Flattened settings as last seen or applied. */
  settings: Record<string, unknown>;
  suspended: string[];
  buried: Record<string, number>;
  /** The mirror's change sequence applied to the database so far. */
  seq: number | string;
};

const BASE_ID = '_local/drillbook-base';
const LEDGER_PREFIX = '_local/drillbook-applied-';

export async function readLocalDoc(mirror: PouchDB, id: string): Promise<PouchDoc | null> {
  try {
    return await mirror.get(id);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export async function writeLocalDoc(mirror: PouchDB, id: string, body: Record<string, unknown>) {
  const current = await readLocalDoc(mirror, id);
  await mirror.put({ ...body, _id: id, ...(current?._rev ? { _rev: current._rev } : {}) });
}

export async function readBase(mirror: PouchDB): Promise<LocalBase | null> {
  const doc = await readLocalDoc(mirror, BASE_ID);
  const value: unknown = doc?.base;
  return typeof value === 'object' && value !== null ? (value as LocalBase) : null;
}

export async function writeBase(mirror: PouchDB, base: LocalBase): Promise<void> {
  await writeLocalDoc(mirror, BASE_ID, { base });
}

/** The review ids applied of one day doc, with the revision of the local doc keeping them. */
export type Ledger = { ids: string[]; rev: string | null };

async function readLedger(mirror: PouchDB, docId: string): Promise<Ledger> {
  const doc = await readLocalDoc(mirror, toLedgerId(docId));
  const ids: unknown = doc?.ids;
  return {
    ids: Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [],
    rev: doc?._rev ?? null,
  };
}

/** What was applied of each day doc among `docs`, read together rather than one by one. */
export async function readLedgers(
  mirror: PouchDB,
  docs: readonly SyncDoc[],
): Promise<Map<string, Ledger>> {
  const ids = docs.filter((doc) => doc.kind === 'reviews').map((doc) => doc._id);
  return new Map(
    await Promise.all(ids.map(async (id) => [id, await readLedger(mirror, id)] as const)),
  );
}

/**
 * Writes the ledgers of a page of changes in one request: one write per day doc costs a
 * transaction each, seconds for the hundreds of day docs of a first sync.
 */
export async function writeLedgers(
  mirror: PouchDB,
  ledgers: ReadonlyMap<string, Ledger>,
): Promise<void> {
  if (ledgers.size === 0) return;
  const docs = [...ledgers].map(([docId, { ids, rev }]) => ({
    _id: toLedgerId(docId),
    ids,
    ...(rev === null ? {} : { _rev: rev }),
  }));
  const results = await mirror.bulkDocs(docs);
  const failed = results.find((result) => !('ok' in result) || result.ok !== true);
  if (failed !== undefined)
    throw new Error(`Could not record the sync docs applied: ${JSON.stringify(failed)}`);
}

function toLedgerId(docId: string): string {
  return LEDGER_PREFIX + encodeURIComponent(docId);
}

export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && Reflect.get(error, 'status') === 404;
}
