// Scheduling records as stored. Dates are epoch milliseconds so rows survive IndexedDB and JSON unchanged.
import type { State } from '../card-state';

/** 1 Again, 2 Hard, 3 Good, 4 Easy (ts-fsrs numbering). */
export type Rating = 1 | 2 | 3 | 4;

/** New, Learning, Review or Relearning (see card-state.ts). */
export type CardState = State;

export type ReviewMode = 'review' | 'write' | 'mock' | 'choice' | 'cram';

/** The ts-fsrs card as it is, plus what Drillbook adds. A card has no row until its first rating. */
export type ScheduleRow = {
  cardId: string;
  deckId: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: number | null;
  /** Hidden from the queue until this time (bury until tomorrow). */
  buriedUntil: number | null;
};

/** 0 is a manual reset (the card went back to new); 1-4 are ratings. */
export type ReviewRating = 0 | Rating;

export type ReviewRow = {
  id: string;
  cardId: string;
  deckId: string;
  rating: ReviewRating;
  mode: ReviewMode;
  reviewedAt: number;
  durationMs: number;
  /**
   * The installation that made the review (a random id made once per installation): Undo takes
   * back only this device's own reviews. Storage sets it when it writes the review.
   */
  deviceId?: string;
  /** ts-fsrs ReviewLog fields, as logged. */
  state: CardState;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  /** The schedule row before this rating; null when the card was new. Undo restores it. */
  before: ScheduleRow | null;
};

export type SchedulerSettings = {
  desiredRetention: number;
  maximumIntervalDays: number;
  isFuzzEnabled: boolean;
  /** e.g. ['1m', '10m'] */
  learningSteps: string[];
  relearningSteps: string[];
  newCardsPerDay: number;
  maxReviewsPerDay: number;
  /** Local hour (0-23) at which a new study day starts. */
  dayStartHour: number;
  /** Trained FSRS parameters; null uses the ts-fsrs defaults. */
  weights: number[] | null;
};
