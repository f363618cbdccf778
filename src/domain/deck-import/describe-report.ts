import type { DeckSyncCounts } from '../deck-sync/plan-deck-sync';
import type {
  AnkiHistorySummary,
  BackupRestoreSummary,
  DeckImportSummary,
  ImportProgress,
  ImportReport,
} from './import-messages';
import { formatProblem } from './import-problem';

/** What the status region says after an import: one line per deck, backup or problem. */
export function describeImportReport(report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.outcome === 'cancelled') {
    const hasSaved = report.decks.length + report.backups.length > 0;
    lines.push(`Import cancelled; ${hasSaved ? 'nothing else' : 'nothing'} was changed.`);
  }
  if (report.failure !== null) lines.push(report.failure);
  for (const deck of report.decks) lines.push(describeDeck(deck));
  for (const history of report.ankiHistories ?? []) lines.push(describeAnkiHistory(history));
  for (const backup of report.backups) lines.push(describeRestore(backup));
  for (const problem of report.problems) lines.push(formatProblem(problem));
  if (report.warningCount > 0) {
    const more = report.warningCount - report.warnings.length;
    lines.push(
      `${plural(report.warningCount, 'warning')}: ${report.warnings.map(formatProblem).join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
    );
  }
  return lines;
}

export function describeDeck(deck: DeckImportSummary): string {
  return `Imported ${plural(deck.cardCount, 'card')} into ${deck.title}: ${describeCounts(deck.counts)}.`;
}

/** `1 added, 1 updated, 1 renamed, 17 unchanged, 1 removed` (restored ones count as updated). */
export function describeCounts(counts: DeckSyncCounts): string {
  return [
    `${counts.added} added`,
    `${counts.updated + counts.restored} updated`,
    `${counts.renamed} renamed`,
    `${counts.unchanged} unchanged`,
    `${counts.removed} removed`,
  ].join(', ');
}

export function describeAnkiHistory(history: AnkiHistorySummary): string {
  return `Review history from ${history.file}: ${plural(history.newReviews, 'new review')}, ${plural(history.rescheduledCards, 'card')} rescheduled.`;
}

export function describeRestore(backup: BackupRestoreSummary): string {
  const contents = `${plural(backup.decks, 'deck')}, ${plural(backup.cards, 'card')} and ${plural(backup.reviews, 'review')}`;
  const restored =
    backup.mode === 'replaced'
      ? `Restored the backup ${backup.file}: ${contents}.`
      : `Merged the backup ${backup.file} into your data: ${plural(backup.newReviews, 'new review')}, ${plural(backup.rebuiltCards, 'card')} rescheduled from the merged history; now ${contents}.`;
  return `${restored}${describeSkipped(backup)}`;
}

/** ` 2 rows left out: backup.json: reviews[3] (id "r9"): skipped: ...` */
function describeSkipped(backup: BackupRestoreSummary): string {
  if (backup.skippedCount === 0) return '';
  const more = backup.skippedCount - backup.skipped.length;
  const listed = backup.skipped.map(formatProblem).join('; ');
  return ` ${plural(backup.skippedCount, 'row')} left out: ${listed}${more > 0 ? `; and ${more} more` : ''}.`;
}

export function describeProgress(progress: ImportProgress): string {
  if (progress.phase === 'reading') return `Reading files (${progress.done} of ${progress.total})…`;
  if (progress.phase === 'parsing')
    return `Reading cards (${progress.done} of ${progress.total} files)…`;
  return `Saving cards (${progress.done} of ${progress.total})…`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
