import type { AnkiImport } from '../domain/anki/anki-types';
import type { CompiledDeck } from '../domain/card-types';
import type { BackupFile } from '../domain/deck-import/backup-format';
import { createProblem, type ImportProblem } from '../domain/deck-import/import-problem';
import type { DrillbookDb } from '../storage/db';
import { findBuiltinDecks } from '../storage/import-repo';

export type ParsedDeck = { name: string; deck: CompiledDeck; warnings: ImportProblem[] };

export type ParsedBatch = {
  decks: ParsedDeck[];
  /** `skipped`: rows the parse left out, named; the restore adds those it leaves out. */
  backups: { name: string; backup: BackupFile; skipped: ImportProblem[] }[];
  /** Anki packages, read and converted: each is written in a transaction of its own. */
  anki: { name: string; data: AnkiImport }[];
  problems: ImportProblem[];
};

/**
 * The decks that may be written: one file per deck id in a batch (a second file with the same
 * id would hide the first one's cards), and never over a deck that comes with the app.
 */
export async function collectDecks(
  db: DrillbookDb,
  batch: ParsedBatch,
  problems: ImportProblem[],
): Promise<ParsedDeck[]> {
  const firstFile = new Map<string, string>();
  const unique = batch.decks.filter(({ name, deck }) => {
    const first = firstFile.get(deck.deck.id);
    if (first === undefined) {
      firstFile.set(deck.deck.id, name);
      return true;
    }
    problems.push(
      createProblem(
        name,
        null,
        `has the same deck id "${deck.deck.id}" as ${first} in this import; give one of them another name or an "id:" in its front matter`,
      ),
    );
    return false;
  });
  const builtin = await findBuiltinDecks(
    db,
    unique.map(({ deck }) => deck.deck.id),
  );
  const builtinIds = new Map(builtin.map((row) => [row.id, row.title]));
  return unique.filter(({ name, deck }) => {
    const title = builtinIds.get(deck.deck.id);
    if (title === undefined) return true;
    problems.push(
      createProblem(
        name,
        null,
        `has the deck id "${deck.deck.id}" of the built-in deck "${title}"; rename the file or set another "id:" in its front matter`,
      ),
    );
    return false;
  });
}
