import { describe, expect, it } from 'vitest';
import { State } from '../../../src/domain/card-state';
import { formatRowProblem, type KnownIds } from '../../../src/domain/validation/row-check';
import {
  collectKnownIds,
  validateBackupRows,
} from '../../../src/domain/validation/validate-backup-rows';
import {
  validateReviewRow,
  validateScheduleRow,
} from '../../../src/domain/validation/validate-rows';
import { validateSettingRow } from '../../../src/domain/validation/validate-setting-row';
import { EXPORTED_AT, makeBackup, makeReviewRow, makeSchedule } from '../deck-import/backup-sample';

const context = { referenceTime: EXPORTED_AT, known: null };
const nothingKnown: KnownIds = collectKnownIds(null);

function problemsOf(result: ReturnType<typeof validateBackupRows>): string[] {
  return result.problems.map(formatRowProblem);
}

describe('validateScheduleRow', () => {
  it.each([
    [{ due: 1e20 }, 'skipped: due 100000000000000000000 is not a plausible date'],
    [
      { stability: 1e308 },
      "skipped: stability 1e+308 is outside FSRS's range (0.001 to 36500 days)",
    ],
    [{ stability: -3 }, "skipped: stability -3 is outside FSRS's range (0.001 to 36500 days)"],
    [{ difficulty: -1 }, "skipped: difficulty -1 is outside FSRS's range (1 to 10)"],
    [{ reps: 2.5 }, 'skipped: reps 2.5 is not a whole number of reviews'],
    [{ lapses: -1 }, 'skipped: lapses -1 is not a whole number of lapses'],
    [{ learningSteps: 1e9 }, 'skipped: learningSteps 1000000000 is not a step index'],
    [
      { lastReview: Date.UTC(1970, 0, 2) },
      'skipped: lastReview 1970-01-02T00:00:00.000Z is not a plausible date',
    ],
    [{ due: 'NaN' }, 'skipped: due should be a number'],
  ])('skips a schedule row with %j, saying which field', (change, message) => {
    const backup = makeBackup();
    const schedule = [{ ...makeSchedule('web/dns'), ...change }];
    const result = validateBackupRows({ ...backup, schedule }, context);
    expect(result.rows.schedule).toEqual([]);
    expect(problemsOf(result)).toEqual([`schedule[0] (id "web/dns"): ${message}`]);
  });

  it('keeps a schedule row in range, and a new card with stability and difficulty 0', () => {
    const newRow = { ...makeSchedule('web/dns'), state: State.New, stability: 0, difficulty: 0 };
    expect(validateScheduleRow(makeSchedule('web/dns'), context).problems).toEqual([]);
    expect(validateScheduleRow(newRow, context).row).toEqual(newRow);
  });
});

describe('validateReviewRow', () => {
  it('skips a review with an absurd time or duration, or a damaged row before it', () => {
    const review = makeReviewRow('r1', 'web/dns');
    expect(validateReviewRow({ ...review, reviewedAt: 1e20 }, context).row).toBeNull();
    expect(validateReviewRow({ ...review, durationMs: -5 }, context).row).toBeNull();
    const before = { ...makeSchedule('web/dns'), stability: -1 };
    expect(validateReviewRow({ ...review, before }, context).problems).toEqual([
      "before.stability -1 is outside FSRS's range (0.001 to 36500 days)",
    ]);
  });

  it('skips a review whose card is neither in the file nor on the device', () => {
    const review = makeReviewRow('r1', 'web/ghost');
    const known = { deckIds: new Set(['web']), cardIds: new Set(['web/dns']) };
    expect(validateReviewRow(review, { ...context, known }).problems).toEqual([
      'its card "web/ghost" is neither in the file nor on this device',
    ]);
    const onDevice = { ...known, cardIds: new Set(['web/ghost']) };
    expect(validateReviewRow(review, { ...context, known: onDevice }).row).toEqual(review);
  });
});

describe('validateSettingRow', () => {
  it("checks scheduler settings by the Settings screen's rules, dropping only the bad fields", () => {
    const result = validateSettingRow({
      key: 'scheduler',
      value: { learningSteps: ['garbage'], desiredRetention: 5, newCardsPerDay: 30 },
    });
    expect(result.row).toEqual({ key: 'scheduler', value: { newCardsPerDay: 30 } });
    expect(result.problems).toEqual([
      'desiredRetention was left out: Use a number from 0.70 to 0.99, like 0.90 for 90%.',
      'learningSteps was left out: "garbage" is not a step. Use numbers with m, h or d, like 1m 10m.',
    ]);
  });

  it('skips a theme it does not know and keeps other settings', () => {
    expect(validateSettingRow({ key: 'theme', value: 'neon' }).row).toBeNull();
    expect(validateSettingRow({ key: 'interviewDate', value: '2026-04-01' }).problems).toEqual([]);
  });
});

describe('validateBackupRows', () => {
  it('keeps a valid backup whole', () => {
    const backup = makeBackup();
    const result = validateBackupRows(backup, { ...context, known: nothingKnown });
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual({
      decks: backup.decks,
      cards: backup.cards,
      schedule: backup.schedule,
      reviews: backup.reviews,
      settings: backup.settings,
    });
  });

  it('resolves references against the file and the known ids, a reworded card by its earlier id', () => {
    const backup = makeBackup();
    const [first, second] = backup.cards;
    if (!first || !second) throw new Error('the sample has two cards');
    const cards = [
      { ...first, previousIds: ['web/old-dns'] },
      { ...second, deckId: 'gone' },
    ];
    const reviews = [
      makeReviewRow('r1', 'web/old-dns'),
      makeReviewRow('r2', 'web/ghost'),
      makeReviewRow('r3', 'mine/on-device'),
    ];
    const known = { deckIds: new Set(['mine']), cardIds: new Set(['mine/on-device']) };
    const result = validateBackupRows({ ...backup, cards, reviews }, { ...context, known });
    expect(result.rows.cards.map((card) => card.id)).toEqual(['web/dns']);
    expect(result.rows.reviews.map((review) => review.id)).toEqual(['r1', 'r3']);
    expect(problemsOf(result)).toEqual([
      'cards[1] (id "web/tcp"): skipped: its deck "gone" is neither in the file nor on this device',
      'reviews[1] (id "r2"): skipped: its card "web/ghost" is neither in the file nor on this device',
    ]);
  });

  it('keeps the first of rows with the same key and names the others', () => {
    const backup = makeBackup();
    const review = backup.reviews[0];
    if (!review) throw new Error('the sample has a review');
    const result = validateBackupRows({ ...backup, reviews: [review, review] }, context);
    expect(result.rows.reviews).toEqual([review]);
    expect(problemsOf(result)).toEqual([
      `reviews[1] (id "${review.id}"): skipped: the same key appears earlier in the list`,
    ]);
  });

  it('names a row that is not even an object', () => {
    const result = validateBackupRows({ ...makeBackup(), decks: [42] }, context);
    expect(problemsOf(result)[0]).toBe('decks[0]: skipped: the row should be an object');
  });
});
