import { Dexie, type IntervalTree, type ObservabilitySet, RangeSet } from 'dexie';
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
  const listener = (parts: ObservabilitySet) => {
    if (hasForeignWrite(parts, prefix, isOwnWrite)) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

function hasForeignWrite(
  parts: ObservabilitySet,
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

/** True when each range of the set is a single key that `isOwn` accepts (an empty set is). */
function isEveryKeyOwn(ranges: IntervalTree, isOwn: (key: unknown) => boolean): boolean {
  for (const range of RangeSet(ranges)) {
    if (range.from !== range.to || !isOwn(range.from)) return false;
  }
  return true;
}
