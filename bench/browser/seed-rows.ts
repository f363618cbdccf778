import type { ReviewRow, ScheduleRow } from '../../src/domain/scheduler/types';
import { benchDeckId } from './fake-deck';
import { createOrderedUuid, type Random } from './random';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export type SeedClock = { now: number; dayStart: number };

/**
 * Which cards of the deck are new, learning or in review. New cards are the last tenth of
 * the file (not reached yet); a few dozen cards are relearning after a lapse today; the
 * rest are reviews. Learning cards stay few at every size, as for a real learner: each
 * one was rated today and uses up the daily review limit.
 */
export type CollectionShape = {
  size: number;
  scheduledCount: number;
  learningCount: number;
  learningStride: number;
  totalReviews: number;
};

export function shapeCollection(size: number): CollectionShape {
  const scheduledCount = size - Math.round(size * 0.1);
  const learningCount = Math.min(40, Math.max(1, Math.round(size / 100)));
  return {
    size,
    scheduledCount,
    learningCount,
    learningStride: Math.floor(scheduledCount / learningCount),
    totalReviews: size * 10,
  };
}

export function isLearningCard(shape: CollectionShape, position: number): boolean {
  return (
    position % shape.learningStride === 1 &&
    Math.floor(position / shape.learningStride) < shape.learningCount
  );
}

/** Ten reviews per card of the collection, carried by the cards that have a history. */
export function countReviewsOf(shape: CollectionShape, position: number): number {
  const base = Math.floor(shape.totalReviews / shape.scheduledCount);
  return base + (position < shape.totalReviews % shape.scheduledCount ? 1 : 0);
}

export function createScheduleRow(
  random: Random,
  cardId: string,
  isLearning: boolean,
  reps: number,
  clock: SeedClock,
): ScheduleRow {
  if (isLearning) {
    return {
      ...createRowBase(cardId, reps),
      due: clock.now - 15 * minute + Math.floor(random() * 30 * minute),
      stability: 0.5 + random() * 2,
      difficulty: 6 + random() * 3,
      learningSteps: 0,
      lapses: 1 + Math.floor(random() * 3),
      state: 3,
      lastReview: clock.now - 10 * minute - Math.floor(random() * 20 * minute),
    };
  }
  // Due dates spread over the past week and the next 60 days.
  const scheduledDays = 1 + Math.floor(random() * 90);
  const due = clock.now - 7 * day + Math.floor(random() * 67 * day);
  return {
    ...createRowBase(cardId, reps),
    due,
    stability: scheduledDays * (0.9 + random() * 0.3),
    difficulty: 2 + random() * 7,
    elapsedDays: scheduledDays,
    scheduledDays,
    lapses: Math.floor(random() * 3),
    lastReview: Math.min(due - scheduledDays * day, clock.dayStart - hour),
  };
}

function createRowBase(cardId: string, reps: number): ScheduleRow {
  return {
    cardId,
    deckId: benchDeckId,
    due: 0,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps,
    lapses: 0,
    state: 2,
    lastReview: null,
    buriedUntil: null,
  };
}

/**
 * A card's history, oldest first, ending with the review that produced `row`. `firstId` numbers
 * its reviews' ids, so the collection's reviews are written in the order of their keys.
 */
export function createReviewHistory(
  random: Random,
  row: ScheduleRow,
  firstId: number,
): ReviewRow[] {
  const last = row.lastReview ?? row.due;
  const reviews: ReviewRow[] = [];
  for (let k = 0; k < row.reps; k += 1) {
    const reviewedAt = last - (row.reps - 1 - k) * 3 * day;
    const draw = random();
    const isLastLapse = k === row.reps - 1 && row.state === 3;
    reviews.push({
      id: createOrderedUuid(firstId + k, random),
      cardId: row.cardId,
      deckId: row.deckId,
      rating: isLastLapse || draw < 0.1 ? 1 : draw < 0.9 ? 3 : 4,
      mode: 'review',
      reviewedAt,
      durationMs: 4000 + Math.floor(random() * 16_000),
      state: k === 0 ? 0 : 2,
      due: reviewedAt,
      stability: 1 + k * 2.5,
      difficulty: row.difficulty,
      elapsedDays: k === 0 ? 0 : 3,
      lastElapsedDays: k <= 1 ? 0 : 3,
      scheduledDays: 3,
      learningSteps: 0,
      before:
        k === 0
          ? null
          : { ...row, due: reviewedAt, reps: k, state: 2, lastReview: reviewedAt - 3 * day },
    });
  }
  return reviews;
}
