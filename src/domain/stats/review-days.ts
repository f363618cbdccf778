import { groupBy } from '../group-by';
import type { CardState, ReviewMode, ReviewRating, ReviewRow } from '../scheduler/types';

/**
 * The review log's per-day aggregates (docs/architecture.md, "Review aggregates"): one row per
 * UTC day that had reviews, counting them per deck, quarter hour, rating, mode and the card's
 * state before the review. Quarter hours, not study days, because every time zone's offset is
 * a whole number of quarter hours: a study day, whatever its start hour and time zone, is a
 * run of whole quarter hours, so the rows never need rebuilding when either changes.
 *
 * `cells` holds pairs `[key, count]`, keys ascending; a key packs the deck (its index in
 * `decks`), the quarter hour of the day and the rating, mode and state. Rows are canonical:
 * equal counts give equal rows, whatever order the reviews were counted in.
 */
export type ReviewDayRow = { day: number; decks: string[]; cells: number[] };

/** What the aggregates keep of a review row. */
export type DayFact = Pick<ReviewRow, 'reviewedAt' | 'deckId' | 'rating' | 'mode' | 'state'>;

/** One cell of a day row, decoded: `count` reviews of `fact` in the quarter hour from `at`. */
export type DayCell = {
  at: number;
  deckId: string;
  rating: ReviewRating;
  mode: ReviewMode;
  state: CardState;
  count: number;
};

export const DAY_MS = 86_400_000;
export const QUARTER_MS = 15 * 60_000;

const QUARTERS_PER_DAY = DAY_MS / QUARTER_MS;
const MODES = ['review', 'write', 'mock', 'choice', 'cram'] as const satisfies ReviewMode[];
const STATES = 4;
const RATINGS = 5;
/** Room for every rating, mode and state (5 * 5 * 4 = 100 codes). */
const CODES = 128;
const DECK_STRIDE = QUARTERS_PER_DAY * CODES;

/** A day's counts while they change: deck id to (quarter and code) to count. */
export type DayCounts = Map<string, Map<number, number>>;

/** The UTC day (days since 1970-01-01) that holds `at`: the key of its row. */
export function toAggregateDay(at: number): number {
  return Math.floor(at / DAY_MS);
}

/** Reads a stored row into counts that can change. */
export function readDayCounts(row: ReviewDayRow | undefined): DayCounts {
  const counts: DayCounts = new Map();
  if (row === undefined) return counts;
  for (let i = 0; i + 1 < row.cells.length; i += 2) {
    const key = row.cells[i] ?? 0;
    const deckId = row.decks[Math.floor(key / DECK_STRIDE)];
    if (deckId === undefined) continue;
    const deck = counts.get(deckId) ?? new Map<number, number>();
    deck.set(key % DECK_STRIDE, row.cells[i + 1] ?? 0);
    counts.set(deckId, deck);
  }
  return counts;
}

/** Adds (`sign` 1) or takes away (-1) reviews of `day` from its counts. */
export function changeDayCounts(
  counts: DayCounts,
  day: number,
  reviews: Iterable<DayFact>,
  sign: 1 | -1,
): void {
  for (const review of reviews) {
    const key = encodeFact(review, day);
    const deck = counts.get(review.deckId) ?? new Map<number, number>();
    const count = (deck.get(key) ?? 0) + sign;
    if (count > 0) deck.set(key, count);
    else deck.delete(key);
    if (deck.size > 0) counts.set(review.deckId, deck);
    else counts.delete(review.deckId);
  }
}

/** The stored row of the counts; undefined when nothing is left to count (delete the row). */
export function writeDayRow(day: number, counts: DayCounts): ReviewDayRow | undefined {
  if (counts.size === 0) return undefined;
  const decks = [...counts.keys()].sort();
  const cells: number[] = [];
  decks.forEach((deckId, index) => {
    const deck = counts.get(deckId) ?? new Map<number, number>();
    for (const key of [...deck.keys()].sort((a, b) => a - b)) {
      cells.push(index * DECK_STRIDE + key, deck.get(key) ?? 0);
    }
  });
  return { day, decks, cells };
}

/** The reviews grouped by the day row they count in. */
export function groupByAggregateDay<T extends DayFact>(reviews: Iterable<T>): Map<number, T[]> {
  return groupBy(reviews, (review) => toAggregateDay(review.reviewedAt));
}

/** The day rows of `reviews` counted from scratch, by day: what the aggregates must equal. */
export function countReviewDays(reviews: Iterable<DayFact>): ReviewDayRow[] {
  const rows: ReviewDayRow[] = [];
  const byDay = [...groupByAggregateDay(reviews)].sort(([a], [b]) => a - b);
  for (const [day, facts] of byDay) {
    const counts: DayCounts = new Map();
    changeDayCounts(counts, day, facts, 1);
    const row = writeDayRow(day, counts);
    if (row !== undefined) rows.push(row);
  }
  return rows;
}

/** Calls `visit` with each cell of the row, decoded. */
export function forEachDayCell(row: ReviewDayRow, visit: (cell: DayCell) => void): void {
  for (let i = 0; i + 1 < row.cells.length; i += 2) {
    const key = row.cells[i] ?? 0;
    const deckId = row.decks[Math.floor(key / DECK_STRIDE)];
    const inDay = key % DECK_STRIDE;
    const code = inDay % CODES;
    const mode = MODES[Math.floor(code / STATES) % MODES.length];
    const rating = Math.floor(code / (STATES * MODES.length));
    const state = code % STATES;
    if (deckId === undefined || mode === undefined || !isRating(rating) || !isState(state)) {
      continue;
    }
    const at = row.day * DAY_MS + Math.floor(inDay / CODES) * QUARTER_MS;
    visit({ at, deckId, rating, mode, state, count: row.cells[i + 1] ?? 0 });
  }
}

function encodeFact(review: DayFact, day: number): number {
  const mode = MODES.indexOf(review.mode);
  const { rating, state } = review;
  if (mode === -1 || !isRating(rating) || !isState(state)) {
    throw new TypeError(`Review at ${review.reviewedAt} has no countable rating, mode or state`);
  }
  const quarter = Math.floor((review.reviewedAt - day * DAY_MS) / QUARTER_MS);
  const code = (rating * MODES.length + mode) * STATES + state;
  return quarter * CODES + code;
}

function isRating(value: number): value is ReviewRating {
  return Number.isInteger(value) && value >= 0 && value < RATINGS;
}

function isState(value: number): value is CardState {
  return Number.isInteger(value) && value >= 0 && value < STATES;
}
