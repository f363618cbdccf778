// What the engine remembers between runs, in the local mirror's `_local` docs (never
// replicated): what it applied of each other device's day doc, and the state it last saw here.
import type PouchDB from 'pouchdb-core';
import type { PouchDoc } from 'pouchdb-core';

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

export async function readLedger(mirror: PouchDB, docId: string): Promise<string[]> {
  const doc = await readLocalDoc(mirror, LEDGER_PREFIX + encodeURIComponent(docId));
  const ids: unknown = doc?.ids;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

export async function writeLedger(mirror: PouchDB, docId: string, ids: string[]): Promise<void> {
  await writeLocalDoc(mirror, LEDGER_PREFIX + encodeURIComponent(docId), { ids });
}

export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && Reflect.get(error, 'status') === 404;
}
