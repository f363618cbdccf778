// What every validator of rows from outside (a backup, an import, a sync pull) shares: the
// context it checks against, what it returns, and the plausible ranges of times and counts.
import { createProblem, type ImportProblem } from '../deck-import/import-problem';

/** The tables a backup holds, as named in the file. */
export type RowTable = 'decks' | 'cards' | 'schedule' | 'reviews' | 'settings';

/** Ids that rows may refer to besides their own file's: those already in the database. */
export type KnownIds = { deckIds: ReadonlySet<string>; cardIds: ReadonlySet<string> };

export type ValidationContext = {
  /**
   * Epoch ms the rows are judged against: a backup's export time, the clock at a sync pull.
   * A time more than MAX_FUTURE_MS past it is refused (another device's clock may run ahead).
   */
  referenceTime: number;
  /** Ids held outside the rows; null when references cannot be checked yet (no database). */
  known: KnownIds | null;
};

/** One row's outcome: `row` is null when the row was skipped; `problems` says why, or what was dropped. */
export type RowCheck<T> = { row: T | null; problems: string[] };

/** A skipped row, or a field dropped from one, named by table, index in its list and id. */
export type RowProblem = { table: RowTable; index: number; id: string | null; message: string };

const DAY_MS = 86_400_000;

/** Nothing Drillbook stores predates this. */
export const MIN_PLAUSIBLE_TIME = Date.UTC(2000, 0, 1);
/** How far past the reference time a review or an import may lie: clocks run ahead, not years. */
export const MAX_FUTURE_MS = 3 * 365 * DAY_MS;
/** ts-fsrs's longest interval (maximumIntervalDays at most): a due date may lie this far ahead. */
export const MAX_INTERVAL_DAYS = 36_500;
/** FSRS's bounds: stability in days, difficulty from 1 to 10 (0 on a card never rated). */
export const STABILITY_RANGE = { min: 0.001, max: MAX_INTERVAL_DAYS } as const;
export const DIFFICULTY_RANGE = { min: 1, max: 10 } as const;
/** Counts beyond these are not a real history: a card rated every minute for years stays below. */
export const MAX_COUNT = 10_000_000;
/** A learning step index beyond any list of steps the Settings screen takes. */
export const MAX_STEP_INDEX = 1_000;
/** A review that took longer than a day was left open, not answered. */
export const MAX_DURATION_MS = DAY_MS;
export const MAX_ID_LENGTH = 2_000;

export function formatRowProblem(problem: RowProblem): string {
  const id = problem.id === null ? '' : ` (id ${JSON.stringify(problem.id)})`;
  return `${problem.table}[${problem.index}]${id}: ${problem.message}`;
}

/** Skipped rows as import problems of `file`, as the import report lists them. */
export function toImportProblems(file: string, problems: readonly RowProblem[]): ImportProblem[] {
  return problems.map((problem) => createProblem(file, null, formatRowProblem(problem)));
}

export function isInRange(value: number, range: { min: number; max: number }): boolean {
  return value >= range.min && value <= range.max;
}

export function isCount(value: number, max = MAX_COUNT): boolean {
  return Number.isInteger(value) && value >= 0 && value <= max;
}

/** An event time: not before 2000, not further ahead than a clock can run. */
export function isPlausibleTime(value: number, context: ValidationContext): boolean {
  return value >= MIN_PLAUSIBLE_TIME && value <= context.referenceTime + MAX_FUTURE_MS;
}

/** A due date: an event time, or up to the longest interval after the reference time. */
export function isPlausibleDue(value: number, context: ValidationContext): boolean {
  const latest = context.referenceTime + MAX_FUTURE_MS + MAX_INTERVAL_DAYS * DAY_MS;
  return value >= MIN_PLAUSIBLE_TIME && value <= latest;
}

export function describeTime(value: number): string {
  return Number.isFinite(value) && Math.abs(value) < 8.64e15
    ? new Date(value).toISOString()
    : String(value);
}
