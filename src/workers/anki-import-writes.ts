import type { AnkiImport } from '../domain/anki/anki-types';
import { MAX_LISTED_PROBLEMS } from '../domain/deck-import/field-reader';
import type { ImportReport } from '../domain/deck-import/import-messages';
import { createProblem } from '../domain/deck-import/import-problem';
import { importAnkiPackage } from '../storage/anki-import-repo';
import type { DrillbookDb } from '../storage/db';
import type { JobHooks } from './import-job';

/** Writes each Anki package in its own transaction and adds its decks and history to the report. */
export async function writeAnkiPackages(
  db: DrillbookDb,
  packages: readonly { name: string; data: AnkiImport }[],
  now: number,
  hooks: JobHooks,
  report: ImportReport,
): Promise<void> {
  for (const { name, data } of packages) {
    const written = await importAnkiPackage(db, data, {
      now,
      // A worker shares the page's time zone: a buried card waits for the page's next study day.
      tzOffsetMinutes: new Date(now).getTimezoneOffset(),
      hooks: {
        isCancelled: hooks.isCancelled,
        onProgress: (done, total) => hooks.onProgress({ phase: 'writing', done, total }),
      },
    });
    report.decks.push(
      ...written.decks.map((summary, i) => ({
        file: name,
        deckId: summary.deckId,
        title: summary.title,
        cardCount: data.decks[i]?.cards.length ?? 0,
        counts: summary.counts,
      })),
    );
    const { newReviews, rescheduledCards } = written;
    for (const problem of written.mediaProblems) {
      if (report.warnings.length < MAX_LISTED_PROBLEMS) {
        report.warnings.push(createProblem(name, null, problem.message));
      }
      report.warningCount += 1;
    }
    report.ankiHistories = [
      ...(report.ankiHistories ?? []),
      { file: name, newReviews, rescheduledCards },
    ];
  }
}
