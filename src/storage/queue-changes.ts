import { Dexie } from 'dexie';
import type { DrillbookDb } from './db';

/** The tables today's review queue is read from. */
const queueTables = new Set(['decks', 'cards', 'schedule', 'reviews', 'settings']);

/** Whether a written row (table and primary key) is one the watcher's owner wrote itself. */
export type OwnWriteCheck = (table: string, key: unknown) => boolean;

/**
 * Calls `onChange` after any committed write, in this tab or another, to a table the review
 * queue is read from, except writes whose every row `isOwnWrite` accepts. Returns the
 * unsubscribe function. Dexie reports each write as key ranges per table and index, so
 * checking the primary-key ranges is enough; index ranges follow from them.
 */
export function watchQueueChanges(
  db: DrillbookDb,
  isOwnWrite: OwnWriteCheck,
  onChange: () => void,
): () => void {
  const prefix = `idb://${db.name}/`;
  const listener = (parts: Record<string, unknown>) => {
    if (hasForeignWrite(parts, prefix, isOwnWrite)) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

function hasForeignWrite(
  parts: Record<string, unknown>,
  prefix: string,
  isOwnWrite: OwnWriteCheck,
): boolean {
  for (const [part, ranges] of Object.entries(parts)) {
    // "all" is what Dexie sends when a page comes back from the back/forward cache.
    if (part === 'all') return true;
    if (!part.startsWith(prefix)) continue;
    const [table = '', index = ''] = part.slice(prefix.length).split('/');
    if (!queueTables.has(table) || (index !== '' && index !== ':dels')) continue;
    if (!isEveryKeyOwn(ranges, (key) => isOwnWrite(table, key))) return true;
  }
  return false;
}

/** Walks a Dexie RangeSet tree ({ from, to, l, r, d }): true when each range is one own key. */
function isEveryKeyOwn(node: unknown, isOwn: (key: unknown) => boolean): boolean {
  if (typeof node !== 'object' || node === null) return true;
  const from: unknown = Reflect.get(node, 'from');
  const to: unknown = Reflect.get(node, 'to');
  const isEmpty = Reflect.get(node, 'd') === 0;
  if (!isEmpty && (from !== to || !isOwn(from))) return false;
  return (
    isEveryKeyOwn(Reflect.get(node, 'l'), isOwn) && isEveryKeyOwn(Reflect.get(node, 'r'), isOwn)
  );
}
