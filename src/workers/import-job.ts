import type { BackupFile } from '../domain/deck-import/backup-format';
import { MAX_LISTED_PROBLEMS } from '../domain/deck-import/field-reader';
import { MAX_FILES_PER_IMPORT } from '../domain/deck-import/import-limits';
import {
  type BackupRestoreSummary,
  createCancelledReport,
  type ImportProgress,
  type ImportReport,
} from '../domain/deck-import/import-messages';
import { createProblem, type ImportProblem } from '../domain/deck-import/import-problem';
import { parseImportText } from '../domain/deck-import/parse-import-text';
import { toImportProblems } from '../domain/validation/row-check';
import { restoreBackup } from '../storage/backup';
import type { DrillbookDb } from '../storage/db';
import { ImportCancelledError, importDecks } from '../storage/import-repo';
import { describeStorageError } from '../storage/storage-errors';
import { writeAnkiPackages } from './anki-import-writes';
import { collectDecks, type ParsedBatch } from './collect-decks';
import type { ImportJobRequest } from './import-messages';
import { isAnkiFileName, readAnkiSource } from './read-anki-source';
import { isBackupSource, readBackupFile } from './read-backup-file';
import { readSource } from './read-source';

export type JobHooks = {
  onProgress: (progress: ImportProgress) => void;
  isCancelled: () => boolean;
};

const LISTED_WARNINGS = 5;

/**
 * Reads, checks and parses every source, then writes what is valid: all decks in one
 * transaction, then each backup in its own. A refused file changes nothing. Never throws:
 * a failure or a cancel comes back in the report.
 */
export async function runImportJob(
  db: DrillbookDb,
  start: ImportJobRequest<Blob>,
  hooks: JobHooks,
): Promise<ImportReport> {
  const report: ImportReport = { ...createCancelledReport(), outcome: 'done' };
  try {
    const batch = await parseSources(start, hooks);
    report.problems.push(...batch.problems);
    const decks = await collectDecks(db, batch, report.problems);
    report.warningCount = decks.reduce((sum, deck) => sum + deck.warnings.length, 0);
    report.warnings = decks.flatMap((deck) => deck.warnings).slice(0, LISTED_WARNINGS);
    await writeDecks(db, decks, start.now, hooks, report);
    await writeAnkiPackages(db, batch.anki, start.now, hooks, report);
    for (const { name, backup, skipped } of batch.backups) {
      report.backups.push(withParseSkips(await writeBackup(db, name, backup, hooks), skipped));
    }
  } catch (error) {
    if (error instanceof ImportCancelledError) report.outcome = 'cancelled';
    else {
      report.outcome = 'failed';
      report.failure = describeStorageError(error);
    }
  }
  return report;
}

async function parseSources(start: ImportJobRequest<Blob>, hooks: JobHooks): Promise<ParsedBatch> {
  const batch: ParsedBatch = { decks: [], backups: [], anki: [], problems: [] };
  const sources = start.sources.slice(0, MAX_FILES_PER_IMPORT);
  for (const skipped of start.sources.slice(MAX_FILES_PER_IMPORT)) {
    batch.problems.push(
      createProblem(
        skipped.name,
        null,
        `not imported: at most ${MAX_FILES_PER_IMPORT} files at once`,
      ),
    );
  }
  for (const [i, source] of sources.entries()) {
    hooks.onProgress({ phase: 'reading', done: i, total: sources.length });
    if ('file' in source && isAnkiFileName(source.name)) {
      const read = await readAnkiSource(source);
      if (hooks.isCancelled()) throw new ImportCancelledError();
      if (read.ok) batch.anki.push({ name: source.name, data: read.data });
      else batch.problems.push(read.problem);
      continue;
    }
    if ('file' in source && (await isBackupSource(source))) {
      const parsed = await readBackupFile(source, hooks.isCancelled);
      if (parsed.ok) {
        const skipped = toImportProblems(source.name, parsed.skipped);
        batch.backups.push({ name: source.name, backup: parsed.backup, skipped });
      } else batch.problems.push(...parsed.problems);
      continue;
    }
    const read = await readSource(source);
    if (hooks.isCancelled()) throw new ImportCancelledError();
    if (!read.ok) {
      batch.problems.push(read.problem);
      continue;
    }
    hooks.onProgress({ phase: 'parsing', done: i, total: sources.length });
    const parsed = parseImportText(read.text, read.name, start.expectation);
    if (parsed.kind === 'invalid') batch.problems.push(...parsed.problems);
    else if (parsed.kind === 'backup')
      batch.backups.push({ name: read.name, backup: parsed.backup, skipped: parsed.skipped });
    else batch.decks.push({ name: read.name, deck: parsed.deck, warnings: parsed.warnings });
  }
  if (hooks.isCancelled()) throw new ImportCancelledError();
  return batch;
}

async function writeDecks(
  db: DrillbookDb,
  decks: ParsedBatch['decks'],
  now: number,
  hooks: JobHooks,
  report: ImportReport,
): Promise<void> {
  if (decks.length === 0) return;
  const written = await importDecks(
    db,
    decks.map(({ deck }) => deck),
    now,
    {
      isCancelled: hooks.isCancelled,
      onProgress: (done, total) => hooks.onProgress({ phase: 'writing', done, total }),
    },
  );
  report.decks = written.map((summary, i) => ({
    file: decks[i]?.name ?? '',
    deckId: summary.deckId,
    title: summary.title,
    cardCount: decks[i]?.deck.cards.length ?? 0,
    counts: summary.counts,
  }));
}

function writeBackup(db: DrillbookDb, name: string, backup: BackupFile, hooks: JobHooks) {
  return restoreBackup(db, backup, name, {
    isCancelled: hooks.isCancelled,
    onProgress: (done, total) => hooks.onProgress({ phase: 'writing', done, total }),
  });
}

/** The restore's summary with the rows the parse left out counted and listed first. */
function withParseSkips(
  summary: BackupRestoreSummary,
  skipped: readonly ImportProblem[],
): BackupRestoreSummary {
  return {
    ...summary,
    skippedCount: summary.skippedCount + skipped.length,
    skipped: [...skipped, ...summary.skipped].slice(0, MAX_LISTED_PROBLEMS),
  };
}
