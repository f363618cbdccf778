import { afterEach, describe, expect, it } from 'vitest';
import { State } from '../../src/domain/card-state';
import type { ReviewRow } from '../../src/domain/scheduler/types';
import { syncDecks } from '../../src/storage/bank-sync';
import { listCardsByDeck, setCardStatus } from '../../src/storage/card-repo';
import { type DrillbookDb, REVIEW_DAYS_BUILD_KEY } from '../../src/storage/db';
import { addReviews } from '../../src/storage/review-log';
import { saveScheduleRow } from '../../src/storage/schedule-repo';
import { loadStatsReport, readScheduleFacts } from '../../src/storage/stats-repo';
import { makeDeck } from '../support/test-database';
import { createTestDatabase, DAY, DAY_START, makeReview, makeScheduleRow, NOW } from './test-db';

let db: DrillbookDb;
afterEach(() => db.close());

const clock = { now: NOW, dayStartHour: 4, tzOffsetAt: () => 0 };

async function seedCollection(): Promise<{ alpha: string[]; beta: string[] }> {
  await syncDecks(db, [makeDeck('alpha', 3), makeDeck('beta', 2)], 'import', NOW - 30 * DAY);
  const alpha = (await listCardsByDeck(db, 'alpha')).map((card) => card.id);
  const beta = (await listCardsByDeck(db, 'beta')).map((card) => card.id);
  const [a0 = '', a1 = '', a2 = ''] = alpha;
  const [b0 = '', b1 = ''] = beta;
  await saveScheduleRow(db, makeScheduleRow(a0, 'alpha', { due: NOW + DAY, scheduledDays: 30 }));
  await saveScheduleRow(
    db,
    makeScheduleRow(a1, 'alpha', { due: NOW + 600_000, state: State.Learning }),
  );
  await saveScheduleRow(db, makeScheduleRow(a2, 'alpha', { due: NOW, scheduledDays: 40 }));
  await saveScheduleRow(db, makeScheduleRow(b0, 'beta', { due: NOW + 2 * DAY, scheduledDays: 5 }));
  await saveScheduleRow(db, makeScheduleRow(b1, 'beta', { due: NOW + DAY, scheduledDays: 3 }));
  await setCardStatus(db, a2, 'removed');
  await setCardStatus(db, b1, 'suspended');
  return { alpha, beta };
}

function reviewOf(cardId: string, at: number, rating: 0 | 1 | 3 = 3): ReviewRow {
  const row = makeReview(makeScheduleRow(cardId, 'alpha'), { cardId, deckId: 'alpha' }, at);
  return { ...row, rating };
}

describe('loadStatsReport', () => {
  it('reads reviews, schedule rows and deck sizes into the stats, by hand', async () => {
    db = createTestDatabase();
    const { alpha } = await seedCollection();
    const card = alpha[0] ?? '';
    await addReviews(db, [
      reviewOf(card, NOW - 400 * DAY), // before the heatmap's 53 weeks
      reviewOf(card, NOW - 20 * DAY), // another slice
      reviewOf(card, DAY_START - 1, 1), // 03:59: yesterday's study day, Again
      reviewOf(card, DAY_START),
      reviewOf(card, NOW),
      reviewOf(card, NOW + 1, 0), // a reset
      { ...reviewOf(card, NOW + 2), mode: 'choice' },
    ]);

    const report = await loadStatsReport(db, clock);

    expect(report.today).toEqual({ date: '2026-03-10', reviews: 2, practice: 1 });
    expect(report.streak).toEqual({ days: 2, isAtLeast: false });
    expect(report.heatmap.totalReviews).toBe(4);
    expect(report.retention.recent).toMatchObject({ passed: 3, total: 4 });
    // Alpha's learning card today; alpha's mature card and beta's young one later. The
    // suspended and the removed cards are never due.
    expect(report.forecast.days.slice(0, 4).map((day) => day.due)).toEqual([1, 1, 1, 0]);
    expect(report.progress.decks).toEqual([
      { deckId: 'alpha', title: 'Deck alpha', cards: 2, new: 0, learning: 1, young: 0, mature: 1 },
      { deckId: 'beta', title: 'Deck beta', cards: 2, new: 0, learning: 0, young: 2, mature: 0 },
    ]);
  });

  it('gives empty figures for an empty collection', async () => {
    db = createTestDatabase();
    const report = await loadStatsReport(db, clock);
    expect(report.today.reviews).toBe(0);
    expect(report.streak.days).toBe(0);
    expect(report.heatmap.weeks).toHaveLength(53);
    expect(report.progress.decks).toEqual([]);
  });
});

describe('the day rows the history comes from', () => {
  async function seedAround(dayStart: number): Promise<void> {
    db = createTestDatabase();
    await addReviews(db, [
      reviewOf('alpha/x', NOW - 20 * DAY),
      reviewOf('alpha/x', dayStart - 1, 1),
      reviewOf('alpha/x', dayStart + 30 * 60_000),
      reviewOf('alpha/x', NOW),
    ]);
  }

  it('cut study days at read time: a new day start hour moves reviews without a rebuild', async () => {
    await seedAround(DAY_START);
    const at4 = await loadStatsReport(db, clock);
    // 03:59 is yesterday; 04:30 and 09:00 are today.
    expect(at4.today.reviews).toBe(2);
    const at5 = await loadStatsReport(db, { ...clock, dayStartHour: 5 });
    // With days starting at 05:00, 04:30 belongs to yesterday too.
    expect(at5.today.reviews).toBe(1);
    expect(at5.heatmap.totalReviews).toBe(4);
  });

  it('follow a time zone whose offset is not whole hours (India, UTC+05:30)', async () => {
    // Study days start at 04:00 in India: 22:30 UTC the evening before.
    const indiaStart = Date.UTC(2026, 2, 9, 22, 30);
    await seedAround(indiaStart);
    const india = { now: NOW, dayStartHour: 4, tzOffsetAt: () => -330 };
    const report = await loadStatsReport(db, india);
    expect(report.today).toMatchObject({ date: '2026-03-10', reviews: 2 });
    expect(report.dailyReviews.at(-2)).toMatchObject({ date: '2026-03-09', reviews: 1 });
  });

  it('are built first when the upgrade left them to build, with progress', async () => {
    db = createTestDatabase();
    await db.open();
    await addReviews(db, [reviewOf('alpha/x', NOW - 2 * DAY), reviewOf('alpha/x', NOW)]);
    // What the upgrade to version 4 leaves: a log that nothing counts yet.
    await db.reviewDays.clear();
    await db.meta.put({ key: REVIEW_DAYS_BUILD_KEY, value: { before: -Infinity } });
    const progress: [number, number][] = [];
    const report = await loadStatsReport(db, clock, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(report.heatmap.totalReviews).toBe(2);
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(await loadStatsReport(db, clock)).toEqual(report);
  });
});

describe('readScheduleFacts', () => {
  it('leaves suspended cards out of the forecast rows, and removed ones out of both', async () => {
    db = createTestDatabase();
    const { alpha, beta } = await seedCollection();
    const facts = await readScheduleFacts(db);
    const ids = (rows: { cardId: string }[]) => rows.map((row) => row.cardId).sort();
    expect(ids(facts.dueCards)).toEqual([alpha[0], alpha[1], beta[0]].sort());
    expect(ids(facts.progressCards)).toEqual([alpha[0], alpha[1], beta[0], beta[1]].sort());
  });
});
