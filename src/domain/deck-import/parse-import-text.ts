import type { CompiledDeck } from '../card-types';
import { compileDeck } from '../compiler/compile-deck';
import { toImportProblems } from '../validation/row-check';
import type { BackupFile } from './backup-format';
import { detectFormat, type ImportFormat } from './detect-format';
import { MAX_CARDS_PER_FILE } from './import-limits';
import { createProblem, type ImportProblem, splitDiagnostics } from './import-problem';
import { parseBackupJson } from './parse-backup';
import { parseAnkiText, parseHeaderCsv } from './parse-delimited';

/** The Import screen takes anything; Restore backup takes backups only. */
export type ImportExpectation = 'any' | 'backup';

export type ParsedImport =
  | { kind: 'deck'; format: ImportFormat; deck: CompiledDeck; warnings: ImportProblem[] }
  /** `skipped`: the rows left out, as problems naming the file, table, row and id. */
  | { kind: 'backup'; backup: BackupFile; skipped: ImportProblem[] }
  | { kind: 'invalid'; problems: ImportProblem[] };

/** At most this many errors per file are listed; a file with more is summed up after them. */
export const MAX_LISTED_ERRORS = 10;

/** Turns a decoded file into a deck or a backup, or says (with file and line) why it cannot. */
export function parseImportText(
  text: string,
  file: string,
  expectation: ImportExpectation = 'any',
): ParsedImport {
  const format = detectFormat(text, file);
  if (format === 'json') {
    const parsed = parseBackupJson(text, file);
    return parsed.ok
      ? { kind: 'backup', backup: parsed.backup, skipped: toImportProblems(file, parsed.skipped) }
      : { kind: 'invalid', problems: parsed.problems };
  }
  if (expectation === 'backup') {
    return invalid(
      createProblem(
        file,
        null,
        'is not a Drillbook backup (a backup is the .json file that Export backup saves)',
      ),
    );
  }
  const deck = compileByFormat(text, file, format);
  const { errors, warnings } = splitDiagnostics(deck.diagnostics);
  if (errors.length > 0) return { kind: 'invalid', problems: listErrors(errors, file) };
  if (deck.cards.length > MAX_CARDS_PER_FILE) {
    return invalid(
      createProblem(
        file,
        null,
        `has ${deck.cards.length} cards, over the limit of ${MAX_CARDS_PER_FILE} per file; split it into smaller decks`,
      ),
    );
  }
  return { kind: 'deck', format, deck, warnings };
}

function compileByFormat(text: string, file: string, format: ImportFormat): CompiledDeck {
  if (format === 'anki-text') return parseAnkiText(text, file);
  if (format === 'csv') return parseHeaderCsv(text, file);
  return compileDeck(text, file);
}

function listErrors(errors: readonly ImportProblem[], file: string): ImportProblem[] {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  const more = errors.length - listed.length;
  return more > 0 ? [...listed, createProblem(file, null, `and ${more} more errors`)] : listed;
}

function invalid(problem: ImportProblem): ParsedImport {
  return { kind: 'invalid', problems: [problem] };
}
