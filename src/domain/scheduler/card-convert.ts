import { type Card, dateDiffInDays, State as FsrsState, type ReviewLog } from 'ts-fsrs';
import { isNew, State } from '../card-state';
import type { CardState, ReviewMode, ReviewRating, ReviewRow, ScheduleRow } from './types';

/** The ts-fsrs card for a stored row; no row means a card that was never rated. */
export function toFsrsCard(row: ScheduleRow | null, now: number): Card {
  if (row === null) {
    return {
      due: new Date(now),
      stability: 0,
      difficulty: 0,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 0,
      lapses: 0,
      state: FsrsState.New,
      last_review: undefined,
    };
  }
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    last_review: row.lastReview === null ? undefined : new Date(row.lastReview),
  };
}

export function toScheduleRow(card: Card, cardId: string, deckId: string): ScheduleRow {
  return {
    cardId,
    deckId,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: toCardState(card.state),
    lastReview: card.last_review === undefined ? null : card.last_review.getTime(),
    buriedUntil: null,
  };
}

/** A row for a card that is still new (used to carry a bury, or after practice). */
export function createNewRow(cardId: string, deckId: string, now: number): ScheduleRow {
  return {
    cardId,
    deckId,
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: State.New,
    lastReview: null,
    buriedUntil: null,
  };
}

export function copyRow(row: ScheduleRow | null): ScheduleRow | null {
  return row === null ? null : { ...row };
}

export type ReviewIdentity = {
  reviewId: string;
  cardId: string;
  deckId: string;
  rating: ReviewRating;
  mode: ReviewMode;
  reviewedAt: number;
  durationMs: number;
  before: ScheduleRow | null;
};

// The rows are written out field by field: V8 (Node 20) makes `{ ...a, x, y, ... }` with many
// added fields about 100x slower than a literal, which showed up as most of a rating's cost.
export function toReviewRow(identity: ReviewIdentity, log: ReviewLog): ReviewRow {
  return {
    id: identity.reviewId,
    cardId: identity.cardId,
    deckId: identity.deckId,
    rating: identity.rating,
    mode: identity.mode,
    reviewedAt: identity.reviewedAt,
    durationMs: identity.durationMs,
    state: toCardState(log.state),
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    before: copyRow(identity.before),
  };
}

/** A review row for an event ts-fsrs does not schedule (reset, practice): it logs the state as it was. */
export function toUnscheduledReviewRow(identity: ReviewIdentity): ReviewRow {
  const { before, reviewedAt } = identity;
  const lastReview = before !== null && !isNew(before.state) ? before.lastReview : null;
  return {
    id: identity.reviewId,
    cardId: identity.cardId,
    deckId: identity.deckId,
    rating: identity.rating,
    mode: identity.mode,
    reviewedAt,
    durationMs: identity.durationMs,
    state: before?.state ?? State.New,
    due: before?.lastReview ?? before?.due ?? reviewedAt,
    stability: before?.stability ?? 0,
    difficulty: before?.difficulty ?? 0,
    elapsedDays: lastReview === null ? 0 : countDaysBetween(lastReview, reviewedAt),
    lastElapsedDays: before?.elapsedDays ?? 0,
    scheduledDays: before?.scheduledDays ?? 0,
    learningSteps: before?.learningSteps ?? 0,
    before: copyRow(before),
  };
}

/** Whole calendar days as ts-fsrs counts them (UTC dates), so logs agree with its own. */
function countDaysBetween(from: number, to: number): number {
  return Math.max(0, dateDiffInDays(new Date(from), new Date(to)));
}

export function toCardState(state: FsrsState): CardState {
  switch (state) {
    case FsrsState.New:
      return State.New;
    case FsrsState.Learning:
      return State.Learning;
    case FsrsState.Review:
      return State.Review;
    case FsrsState.Relearning:
      return State.Relearning;
  }
}
