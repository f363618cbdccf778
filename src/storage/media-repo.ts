import {
  type CheckedMediaFile,
  isEqualBytes,
  isMediaKey,
  type MediaFile,
  type MediaProblem,
  selectMediaFiles,
} from '../domain/media';
import type { DrillbookDb, MediaRow } from './db';

/** The tables putMediaFiles writes, for a caller that includes it in its own transaction. */
export function mediaTables(db: DrillbookDb) {
  return [db.media];
}

export type PutMediaResult = {
  /** Images written: new ones and ones whose bytes changed. */
  stored: number;
  /** Images already stored with the same bytes, left as they were. */
  unchanged: number;
  /** Files refused, each with a message that names it. */
  problems: MediaProblem[];
};

/**
 * Stores the images of one import (docs/architecture.md, "Media"). A file that is not an
 * allowed image, or past the size limits, is refused with a message naming it; the others are
 * stored. The same key twice stores once: a key given again with other bytes keeps the first,
 * and a key already stored with the same bytes is not written again. Runs in the caller's
 * transaction when it includes mediaTables(db).
 */
export async function putMediaFiles(
  db: DrillbookDb,
  files: readonly MediaFile[],
  { now = Date.now() }: { now?: number } = {},
): Promise<PutMediaResult> {
  const { accepted, problems } = selectMediaFiles(files);
  return await db.transaction('rw', mediaTables(db), async () => {
    const stored = await db.media.bulkGet(accepted.map((file) => file.key));
    const rows = accepted
      .filter((file, i) => !hasSameBytes(stored[i], file.bytes))
      .map((file): MediaRow => toMediaRow(file, now));
    await db.media.bulkPut(rows);
    return { stored: rows.length, unchanged: accepted.length - rows.length, problems };
  });
}

function toMediaRow(file: CheckedMediaFile, now: number): MediaRow {
  // A copy of just these bytes: a view into a larger buffer would store the whole buffer.
  const bytes = file.bytes.slice();
  return { key: file.key, type: file.type, bytes, size: bytes.length, addedAt: now };
}

function hasSameBytes(row: MediaRow | undefined, bytes: Uint8Array): boolean {
  return row !== undefined && isEqualBytes(row.bytes, bytes);
}

/** A stored image for display, or null when no image has this key. */
export async function readMediaFile(db: DrillbookDb, key: string): Promise<MediaFile | null> {
  if (!isMediaKey(key)) return null;
  const row = await db.media.get(key);
  return row === undefined ? null : { key: row.key, type: row.type, bytes: row.bytes };
}
