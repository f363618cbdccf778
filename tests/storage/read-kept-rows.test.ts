import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { State } from '../../src/domain/card-state';
import type { ScheduleRow } from '../../src/domain/scheduler/types';
import type { DrillbookDb } from '../../src/storage/db';
import { readKeptRows } from '../../src/storage/read-kept-rows';
import { createTestDatabase, makeScheduleRow, NOW } from './test-db';

let db: DrillbookDb;
beforeEach(async () => {
  db = createTestDatabase();
  const rows = Array.from({ length: 40 }, (_, i) =>
    makeScheduleRow(`d/${String(i).padStart(2, '0')}`, 'd', {
      due: NOW + i,
      state: i % 4 === 0 ? 2 : 1,
    }),
  );
  await db.schedule.bulkPut(rows);
});
afterEach(() => db.close());

const byDue = () => db.schedule.where('due').aboveOrEqual(NOW);
const isReview = (row: ScheduleRow) => row.state === State.Review;
const expected = ['d/00', 'd/04', 'd/08', 'd/12', 'd/16'];

describe('readKeptRows', () => {
  it('returns the first kept rows in index order when the skips were foreseen', async () => {
    const rows = await readKeptRows(byDue, { keep: isReview, limit: 5, expectedSkips: 15 });
    expect(rows.map((row) => row.cardId)).toEqual(expected);
  });

  it('still returns them when far more rows were skipped than expected', async () => {
    const rows = await readKeptRows(byDue, { keep: isReview, limit: 5, expectedSkips: 1 });
    expect(rows.map((row) => row.cardId)).toEqual(expected);
  });

  it('returns every kept row when there are fewer than the limit, or no limit', async () => {
    const few = await readKeptRows(byDue, { keep: isReview, limit: 50, expectedSkips: 0 });
    const all = await readKeptRows(byDue, {
      keep: isReview,
      limit: Number.POSITIVE_INFINITY,
      expectedSkips: 0,
    });
    expect(few).toHaveLength(10);
    expect(all).toEqual(few);
  });
});
