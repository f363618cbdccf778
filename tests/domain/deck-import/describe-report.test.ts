import { describe, expect, it } from 'vitest';
import { describeImportReport } from '../../../src/domain/deck-import/describe-report';
import type { ImportReport } from '../../../src/domain/deck-import/import-messages';

const empty: ImportReport = {
  outcome: 'done',
  decks: [],
  backups: [],
  problems: [],
  warnings: [],
  warningCount: 0,
  failure: null,
};

describe('describeImportReport', () => {
  it('says how many cards went into which deck, with the re-import summary', () => {
    const report: ImportReport = {
      ...empty,
      decks: [
        {
          file: 'backend.md',
          deckId: 'backend',
          title: 'Backend',
          cardCount: 20,
          counts: { added: 1, updated: 1, renamed: 1, unchanged: 17, removed: 1, restored: 0 },
        },
      ],
    };
    expect(describeImportReport(report)).toEqual([
      'Imported 20 cards into Backend: 1 added, 1 updated, 1 renamed, 17 unchanged, 1 removed.',
    ]);
  });

  it('says how much review history an Anki package brought, after its decks', () => {
    const report: ImportReport = {
      ...empty,
      decks: [
        {
          file: 'net.apkg',
          deckId: 'anki-net',
          title: 'Net',
          cardCount: 2,
          counts: { added: 2, updated: 0, renamed: 0, unchanged: 0, removed: 0, restored: 0 },
        },
      ],
      ankiHistories: [{ file: 'net.apkg', newReviews: 5, rescheduledCards: 1 }],
    };
    expect(describeImportReport(report)).toEqual([
      'Imported 2 cards into Net: 2 added, 0 updated, 0 renamed, 0 unchanged, 0 removed.',
      'Review history from net.apkg: 5 new reviews, 1 card rescheduled.',
    ]);
  });

  it('names file and line of each problem, and sums up warnings', () => {
    const report: ImportReport = {
      ...empty,
      problems: [
        { file: 'people.csv', line: 1, message: 'wrong columns' },
        { file: 'photo.png', line: null, message: 'not a text file' },
      ],
      warnings: [{ file: 'a.md', line: 4, message: 'question has no answer' }],
      warningCount: 3,
    };
    expect(describeImportReport(report)).toEqual([
      'people.csv, line 1: wrong columns',
      'photo.png: not a text file',
      '3 warnings: a.md, line 4: question has no answer; and 2 more',
    ]);
  });

  it('tells a replaced restore from a merge, and a cancel from a failure', () => {
    const backup = {
      file: 'b.json',
      decks: 1,
      cards: 2,
      reviews: 3,
      newReviews: 1,
      rebuiltCards: 1,
      skippedCount: 0,
      skipped: [],
    };
    expect(
      describeImportReport({
        ...empty,
        backups: [
          { ...backup, mode: 'replaced' },
          { ...backup, mode: 'merged' },
        ],
      }),
    ).toEqual([
      'Restored the backup b.json: 1 deck, 2 cards and 3 reviews.',
      'Merged the backup b.json into your data: 1 new review, 1 card rescheduled from the merged history; now 1 deck, 2 cards and 3 reviews.',
    ]);
    const skipped = {
      file: 'b.json',
      line: null,
      message:
        'reviews[4] (id "r9"): skipped: its card "x" is neither in the file nor on this device',
    };
    expect(
      describeImportReport({
        ...empty,
        backups: [{ ...backup, mode: 'replaced', skippedCount: 3, skipped: [skipped] }],
      }),
    ).toEqual([
      'Restored the backup b.json: 1 deck, 2 cards and 3 reviews. 3 rows left out: b.json: reviews[4] (id "r9"): skipped: its card "x" is neither in the file nor on this device; and 2 more.',
    ]);
    expect(describeImportReport({ ...empty, outcome: 'cancelled' })).toEqual([
      'Import cancelled; nothing was changed.',
    ]);
  });
});
