import { describe, expect, it } from 'vitest';
import { State } from '../../../src/domain/card-state';
import {
  changeDayCounts,
  countReviewDays,
  type DayCell,
  type DayFact,
  forEachDayCell,
  QUARTER_MS,
  type ReviewDayRow,
  readDayCounts,
  writeDayRow,
} from '../../../src/domain/stats/review-days';

const midnight = Date.UTC(2026, 2, 10);
const fact = (at: number, overrides: Partial<DayFact> = {}): DayFact => ({
  reviewedAt: at,
  deckId: 'web',
  rating: 3,
  mode: 'review',
  state: State.Review,
  ...overrides,
});

function cellsOf(rows: ReviewDayRow[]): DayCell[] {
  const cells: DayCell[] = [];
  for (const row of rows) forEachDayCell(row, (cell) => cells.push(cell));
  return cells;
}

describe('review day rows', () => {
  it('count reviews per UTC day and quarter hour, deck, rating, mode and state before', () => {
    const rows = countReviewDays([
      fact(midnight - 1, { rating: 1 }),
      fact(midnight + 60_000),
      fact(midnight + 14 * 60_000),
      fact(midnight + QUARTER_MS, { deckId: 'sql', mode: 'cram', state: State.New }),
      fact(midnight + 5 * 60_000, { rating: 0 }),
    ]);
    expect(rows.map((row) => row.day)).toEqual([20521, 20522]);
    expect(cellsOf(rows)).toEqual([
      { at: midnight - QUARTER_MS, deckId: 'web', rating: 1, mode: 'review', state: 2, count: 1 },
      { at: midnight + QUARTER_MS, deckId: 'sql', rating: 3, mode: 'cram', state: 0, count: 1 },
      { at: midnight, deckId: 'web', rating: 0, mode: 'review', state: 2, count: 1 },
      { at: midnight, deckId: 'web', rating: 3, mode: 'review', state: 2, count: 2 },
    ]);
  });

  it('are the same whatever order the reviews were counted in, and empty once all are taken out', () => {
    const reviews = [0, 1, 2, 3, 4].map((i) =>
      fact(midnight + i * 7 * 60_000, { deckId: i % 2 === 0 ? 'web' : 'sql' }),
    );
    const day = 20522;
    const forward = readDayCounts(undefined);
    changeDayCounts(forward, day, reviews, 1);
    const backward = readDayCounts(undefined);
    changeDayCounts(backward, day, [...reviews].reverse(), 1);
    const row = writeDayRow(day, forward);
    expect(writeDayRow(day, backward)).toEqual(row);
    const stored = readDayCounts(row);
    changeDayCounts(stored, day, reviews, -1);
    expect(writeDayRow(day, stored)).toBeUndefined();
  });

  it('refuse a review they could not count back', () => {
    const counts = readDayCounts(undefined);
    const odd = fact(midnight);
    // A mode a later version might add: counted as nothing would silently drop it.
    Reflect.set(odd, 'mode', 'speed');
    expect(() => changeDayCounts(counts, 20522, [odd], 1)).toThrow(TypeError);
  });
});
