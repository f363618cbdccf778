import { createBackupStreamParser } from '../domain/deck-import/backup-stream';
import { checkImportFile, MAX_BACKUP_FILE_BYTES } from '../domain/deck-import/import-limits';
import type { ImportSource } from '../domain/deck-import/import-messages';
import { createProblem } from '../domain/deck-import/import-problem';
import type { BackupParse } from '../domain/deck-import/parse-backup';
import { describeInvalidUtf8 } from '../domain/deck-import/text-bytes';
import { ImportCancelledError } from '../storage/import-repo';
import { UNREADABLE } from './read-source';

type FileSource = { name: string; file: Blob };

/** Enough of the start to see whether a file is one JSON object (a backup). */
const SNIFF_BYTES = 1024;
const LINE_FEED = 0x0a;

/** Whether a source is a file whose text starts as a JSON object does: read as a backup. */
export async function isBackupSource(source: ImportSource<Blob>): Promise<boolean> {
  if (!('file' in source)) return false;
  try {
    const start = await source.file.slice(0, SNIFF_BYTES).text();
    return start
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('{');
  } catch {
    return false;
  }
}

/**
 * Reads and parses a backup file chunk by chunk, so that neither its bytes nor its text are
 * ever held whole: only the parsed rows are. The size limit is the backup's, far above what
 * Export writes.
 */
export async function readBackupFile(
  source: FileSource,
  isCancelled: () => boolean,
): Promise<BackupParse> {
  const { name, file } = source;
  const refused = checkImportFile(name, file.size, MAX_BACKUP_FILE_BYTES);
  if (refused) return { ok: false, problems: [refused] };
  const parser = createBackupStreamParser(name);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = file.stream().getReader();
  let linesBefore = 0;
  try {
    for (;;) {
      const next = await readChunk(reader);
      if (isCancelled()) throw new ImportCancelledError();
      if (next === null) return { ok: false, problems: [createProblem(name, null, UNREADABLE)] };
      const { done, value } = next;
      if (done) break;
      let text: string;
      try {
        text = decoder.decode(value, { stream: true });
      } catch {
        const problem = describeInvalidUtf8(value, name);
        const line = problem.line === null ? null : linesBefore + problem.line;
        return { ok: false, problems: [{ ...problem, line }] };
      }
      linesBefore += countLineFeeds(value);
      const problem = parser.push(text);
      if (problem) return { ok: false, problems: [problem] };
    }
    const rest = parser.push(decoder.decode());
    if (rest) return { ok: false, problems: [rest] };
  } finally {
    reader.releaseLock();
  }
  return parser.finish();
}

/** The next chunk, or null when the file can no longer be read. */
async function readChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
): Promise<ReadableStreamReadResult<Uint8Array> | null> {
  try {
    return await reader.read();
  } catch {
    return null;
  }
}

function countLineFeeds(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(LINE_FEED); i >= 0; i = bytes.indexOf(LINE_FEED, i + 1)) count += 1;
  return count;
}
