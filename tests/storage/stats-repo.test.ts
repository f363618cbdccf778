import { afterEach, describe, expect, it } from 'vitest';
import { State } from '../../src/domain/card-state';
import type { ReviewRow } from '../../src/domain/scheduler/types';
import type { StatsReport } from '../../src/domain/stats/stats-report';
import { listStudyDays } from '../../src/domain/stats/study-days';
import { syncDecks } from '../../src/storage/bank-sync';
import { listCardsByDeck, setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { saveScheduleRow } from '../../src/storage/schedule-repo';
import {
  countRows,
  forgetStatsCache,
  loadStatsReport,
  readScheduleFacts,
} from '../../src/storage/stats-repo';
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
    await db.reviews.bulkAdd([
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

describe('countRows', () => {
  it('counts every row of the study days, 04:00 to 04:00, without reading them', async () => {
    db = createTestDatabase();
    const times = [DAY_START - DAY - 1, DAY_START - DAY, DAY_START - 1, DAY_START, NOW];
    await db.reviews.bulkAdd(times.map((at) => reviewOf('alpha/x', at)));
    const days = listStudyDays(clock, 2, 0);
    expect(await countRows(db, days, [1, 1])).toBe(2);
    expect(await countRows(db, days, [0, 2])).toBe(5);
  });
});

describe('the cache of finished days', () => {
  const progressOf = async (now = NOW, dayStartHour = 4) => {
    const calls: [number, number][] = [];
    const previews: StatsReport[] = [];
    const report = await loadStatsReport(
      db,
      { ...clock, now, dayStartHour },
      {
        onProgress: (done, total) => calls.push([done, total]),
        onPreview: (preview) => previews.push(preview),
      },
    );
    // Days read in runs after any preview (today's read before a preview is not counted).
    return { report, previews, read: calls.at(-1)?.[1] ?? 0 };
  };

  async function seedThreeDays(): Promise<void> {
    db = createTestDatabase();
    await db.reviews.bulkAdd([
      reviewOf('alpha/x', NOW - 20 * DAY),
      reviewOf('alpha/x', NOW - 2 * DAY, 1),
      reviewOf('alpha/x', NOW),
    ]);
  }

  // Tuesday 10 March is today; the 53 weeks start on Monday 10 March 2025: 366 days.
  it('reads only today again on the next visit, and previews the same figures', async () => {
    await seedThreeDays();
    const first = await progressOf();
    expect(first.read).toBe(366);
    expect(first.previews).toEqual([]);
    const second = await progressOf();
    expect(second.read).toBe(0);
    expect(second.previews).toEqual([first.report]);
    expect(second.report).toEqual(first.report);
  });

  it('reads a finished day again when its rows change (a merge adds one)', async () => {
    await seedThreeDays();
    await progressOf();
    await db.reviews.add(reviewOf('alpha/y', NOW - 2 * DAY + 60_000, 3));
    const after = await progressOf();
    // The preview still shows the cached day; then the week of that day (Monday 2 to Sunday
    // 8 March) is read again.
    expect(after.previews[0]?.heatmap.totalReviews).toBe(3);
    expect(after.read).toBe(7);
    expect(after.report.retention.recent).toMatchObject({ passed: 3, total: 4 });
    expect(after.report.heatmap.totalReviews).toBe(4);
  });

  it('starts over when the day start hour changes the days', async () => {
    await seedThreeDays();
    await progressOf();
    const moved = await progressOf(NOW, 6);
    expect(moved.read).toBe(366);
    expect(moved.report.heatmap.totalReviews).toBe(3);
  });

  it('is dropped by forgetStatsCache', async () => {
    await seedThreeDays();
    await progressOf();
    await forgetStatsCache(db);
    expect((await progressOf()).read).toBe(366);
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
