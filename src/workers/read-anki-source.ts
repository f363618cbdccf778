import type { AnkiImport } from '../domain/anki/anki-types';
import {
  checkImportFile,
  MAX_ANKI_FILE_BYTES,
  readExtension,
} from '../domain/deck-import/import-limits';
import { createProblem, type ImportProblem } from '../domain/deck-import/import-problem';
import { UNREADABLE } from './read-source';

const ANKI_EXTENSIONS = ['.apkg', '.colpkg'];
/** The reader is fetched on the first Anki import and cached for offline use from then on. */
const READER_MISSING =
  'could not be read: the Anki reader did not load (offline on a first Anki import?); try again online';

export type AnkiSourceRead = { ok: true; data: AnkiImport } | { ok: false; problem: ImportProblem };

/** Whether a file is an Anki package, by its extension (the zip inside is checked on reading). */
export function isAnkiFileName(name: string): boolean {
  return ANKI_EXTENSIONS.includes(readExtension(name));
}

/**
 * Reads an Anki package through the lazily loaded reader; a file that is too large, not an
 * Anki package or damaged comes back as a problem naming the file, and nothing is written.
 */
export async function readAnkiSource(source: {
  name: string;
  file: Blob;
}): Promise<AnkiSourceRead> {
  const { name, file } = source;
  const refused = checkImportFile(name, file.size, MAX_ANKI_FILE_BYTES);
  if (refused) return { ok: false, problem: refused };
  // The reader (sql.js and its wasm) loads while the file is read.
  const reader = import('./anki/anki-import-chunk').catch(() => null);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: createProblem(name, null, UNREADABLE) };
  }
  const loaded = await reader;
  if (loaded === null) return { ok: false, problem: createProblem(name, null, READER_MISSING) };
  const { readAnkiImport, AnkiPackageError } = loaded;
  try {
    return { ok: true, data: await readAnkiImport(bytes, name) };
  } catch (error) {
    if (error instanceof AnkiPackageError) {
      return { ok: false, problem: createProblem(name, null, error.message) };
    }
    throw error;
  }
}
