import { createProblem, type ImportProblem } from './import-problem';

export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
/**
 * Backups are read and parsed piece by piece, so their size is bound by the rows they hold, not
 * by a string. Export writes about 1.3 KB per card and 0.85 KB per review: the largest
 * collection Drillbook supports, 100,000 cards and 1,000,000 reviews, makes a file of about
 * 1 GB. Twice that leaves room for long answers and refuses at once what cannot be a backup.
 */
export const MAX_BACKUP_FILE_BYTES = 2 * 1024 * 1024 * 1024;
/** Well above the largest banks seen (and the 100,000-card benchmark), well below what a tab can hold. */
export const MAX_CARDS_PER_FILE = 200_000;
export const MAX_FILES_PER_IMPORT = 100;
/**
 * Anki packages carry their pictures and are read whole (zip, then SQLite in memory, twice the
 * file at least): four times the text limit holds decks with many images and stays well
 * within what a tab can hold.
 */
export const MAX_ANKI_FILE_BYTES = 200 * 1024 * 1024;
export const IMPORT_EXTENSIONS = [
  '.md',
  '.markdown',
  '.txt',
  '.csv',
  '.tsv',
  '.json',
  '.apkg',
  '.colpkg',
] as const;

/** For `<input accept>`: the same list the checks below enforce. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

export function readExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

const ADVICE_BY_LIMIT: Record<number, string> = {
  [MAX_IMPORT_FILE_BYTES]: 'split it into smaller decks',
  [MAX_ANKI_FILE_BYTES]: 'export the decks from Anki one at a time, or without media',
};

/** Checks what can be known before reading a byte: the name and the size. */
export function checkImportFile(
  name: string,
  size: number,
  maxBytes = MAX_IMPORT_FILE_BYTES,
): ImportProblem | null {
  const extension = readExtension(name);
  if (!IMPORT_EXTENSIONS.some((allowed) => allowed === extension)) {
    const what = extension === '' ? 'files without an extension' : `${extension} files`;
    return createProblem(
      name,
      null,
      `Drillbook cannot import ${what}; choose a .md, .markdown, .txt, .csv, .tsv, .json or Anki (.apkg, .colpkg) file`,
    );
  }
  if (size > maxBytes) {
    const advice = ADVICE_BY_LIMIT[maxBytes] ?? 'is it a backup?';
    return createProblem(
      name,
      null,
      `the file is ${formatMegabytes(size)}, over the ${formatMegabytes(maxBytes)} limit; ${advice}`,
    );
  }
  if (size === 0) return createProblem(name, null, 'the file is empty');
  return null;
}

export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}
