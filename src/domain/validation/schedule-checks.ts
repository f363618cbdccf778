// Ranges of the scheduler's own fields, as FSRS and the Review screen can use them: a finite but
// absurd value (a due date of 1e20, a negative stability) would stop the review queue.
import { isNew } from '../card-state';
import type { ReviewRow, ScheduleRow } from '../scheduler/types';
import {
  DIFFICULTY_RANGE,
  describeTime,
  isCount,
  isInRange,
  isPlausibleDue,
  isPlausibleTime,
  MAX_DURATION_MS,
  MAX_INTERVAL_DAYS,
  MAX_STEP_INDEX,
  STABILITY_RANGE,
  type ValidationContext,
} from './row-check';

type MemoryFields = Pick<ScheduleRow, 'stability' | 'difficulty' | 'state'>;

/** A card never rated has stability and difficulty 0; any other holds FSRS's ranges. */
function checkMemory(row: MemoryFields): string | null {
  const isZero = row.stability === 0 && row.difficulty === 0;
  if (isNew(row.state) && isZero) return null;
  if (!isInRange(row.stability, STABILITY_RANGE)) {
    return `stability ${row.stability} is outside FSRS's range (${STABILITY_RANGE.min} to ${STABILITY_RANGE.max} days)`;
  }
  if (!isInRange(row.difficulty, DIFFICULTY_RANGE)) {
    return `difficulty ${row.difficulty} is outside FSRS's range (${DIFFICULTY_RANGE.min} to ${DIFFICULTY_RANGE.max})`;
  }
  return null;
}

/** A review's logged memory is history, not replayed: it only has to be in FSRS's bounds or 0. */
function checkLoggedMemory(row: MemoryFields): string | null {
  if (!(row.stability === 0 || isInRange(row.stability, STABILITY_RANGE))) {
    return `stability ${row.stability} is outside FSRS's range (${STABILITY_RANGE.min} to ${STABILITY_RANGE.max} days)`;
  }
  if (!(row.difficulty === 0 || isInRange(row.difficulty, DIFFICULTY_RANGE))) {
    return `difficulty ${row.difficulty} is outside FSRS's range (${DIFFICULTY_RANGE.min} to ${DIFFICULTY_RANGE.max})`;
  }
  return null;
}

function checkDays(fields: Record<string, number>): string | null {
  for (const [name, value] of Object.entries(fields)) {
    if (!(value >= 0 && value <= MAX_INTERVAL_DAYS * 2))
      return `${name} ${value} is not a number of days`;
  }
  return null;
}

function checkStepIndex(value: number): string | null {
  return isCount(value, MAX_STEP_INDEX) ? null : `learningSteps ${value} is not a step index`;
}

/** Why a schedule row cannot be used, or null when it can. */
export function checkScheduleFields(row: ScheduleRow, context: ValidationContext): string | null {
  if (!isPlausibleDue(row.due, context))
    return `due ${describeTime(row.due)} is not a plausible date`;
  if (row.lastReview !== null && !isPlausibleTime(row.lastReview, context)) {
    return `lastReview ${describeTime(row.lastReview)} is not a plausible date`;
  }
  if (row.buriedUntil !== null && !isPlausibleTime(row.buriedUntil, context)) {
    return `buriedUntil ${describeTime(row.buriedUntil)} is not a plausible date`;
  }
  if (!isCount(row.reps)) return `reps ${row.reps} is not a whole number of reviews`;
  if (!isCount(row.lapses)) return `lapses ${row.lapses} is not a whole number of lapses`;
  return (
    checkMemory(row) ??
    checkDays({ elapsedDays: row.elapsedDays, scheduledDays: row.scheduledDays }) ??
    checkStepIndex(row.learningSteps)
  );
}

/** Why a review row cannot be used, or null when it can. Its `before` row is checked too. */
export function checkReviewFields(row: ReviewRow, context: ValidationContext): string | null {
  if (!isPlausibleTime(row.reviewedAt, context)) {
    return `reviewedAt ${describeTime(row.reviewedAt)} is not a plausible date`;
  }
  if (!isPlausibleDue(row.due, context))
    return `due ${describeTime(row.due)} is not a plausible date`;
  if (!(row.durationMs >= 0 && row.durationMs <= MAX_DURATION_MS)) {
    return `durationMs ${row.durationMs} is not a plausible duration`;
  }
  const own =
    checkLoggedMemory(row) ??
    checkDays({
      elapsedDays: row.elapsedDays,
      lastElapsedDays: row.lastElapsedDays,
      scheduledDays: row.scheduledDays,
    }) ??
    checkStepIndex(row.learningSteps);
  if (own !== null) return own;
  if (row.before === null) return null;
  if (row.before.cardId !== row.cardId) return "before.cardId is not the review's card";
  const before = checkScheduleFields(row.before, context);
  return before === null ? null : `before.${before}`;
}
