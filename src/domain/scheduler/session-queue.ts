import { isLearning, isReview } from '../card-state';
import { type DeckAllowances, spendDeckAllowance } from './deck-caps';
import { countDoneToday } from './done-today';
import {
  buildQueue,
  type DailyLimits,
  type DoneToday,
  defaultLearnAheadMs,
  type NewCardEntry,
  type Queue,
} from './queue';
import type { ReviewRow, ScheduleRow } from './types';

/**
 * Today's queue input, read once when a review session starts and kept in memory: each
 * rating updates it, so choosing the next card needs no read of the whole queue. Building
 * the queue from it at any time gives what building it from a fresh read would give.
 */
export type SessionQueue = {
  dayStart: number;
  dayEnd: number;
  /** Every shown learning and relearning row, whenever due, earliest first. */
  learning: readonly ScheduleRow[];
  /** Shown review rows due before dayEnd (up to the daily limit), earliest first. */
  reviews: readonly ScheduleRow[];
  /** New cards in deck order (up to the daily limit). */
  newCards: readonly NewCardEntry[];
  doneToday: DoneToday;
  limits: DailyLimits;
  deckAllowances: DeckAllowances;
  /** When the first review after the study day falls due, or null. */
  nextReviewDue: number | null;
};

export type SessionView = {
  queue: Queue;
  /** When the next card not in the queue falls due, or null. */
  nextDueAt: number | null;
};

/** The queue at `now`: learning cards given only up to the learn-ahead limit, as a fresh read. */
export function viewSessionQueue(session: SessionQueue, now: number): SessionView {
  const cutoff = now + defaultLearnAheadMs;
  const learning = session.learning.filter((row) => row.due <= cutoff);
  const later = session.learning.find((row) => row.due > cutoff)?.due ?? null;
  const queue = buildQueue({
    now,
    learning,
    reviews: session.reviews,
    newCards: session.newCards,
    doneToday: session.doneToday,
    limits: session.limits,
    deckAllowances: session.deckAllowances,
  });
  // Every learning row given to buildQueue is within its learn-ahead limit (the same one), so
  // the next learning card not in the queue is `later`, never the queue's nextLearningDue.
  return { queue, nextDueAt: minOf([later, session.nextReviewDue]) };
}

export type SessionRating = {
  /** The card's schedule row after the rating; null when it went back to new. */
  after: ScheduleRow | null;
  review: ReviewRow;
};

/**
 * The session after a rating made in it: the card leaves the part of the queue it was in,
 * comes back as a learning card while it has steps left, and the day's counts and the
 * deck's allowance take the rating as a fresh read of today's reviews would.
 */
export function applySessionRating(session: SessionQueue, rating: SessionRating): SessionQueue {
  const { after, review } = rating;
  const cardId = review.cardId;
  const isOther = (entry: { cardId: string }) => entry.cardId !== cardId;
  let learning = session.learning.filter(isOther);
  let reviews = session.reviews.filter(isOther);
  let nextReviewDue = session.nextReviewDue;
  if (after !== null && isLearning(after.state)) {
    learning = insertByDue(learning, after);
  } else if (after !== null && isReview(after.state) && after.due < session.dayEnd) {
    reviews = insertByDue(reviews, after);
  } else if (after !== null && isReview(after.state)) {
    nextReviewDue = minOf([nextReviewDue, after.due]);
  }
  const done = countDoneToday([review], session.dayStart);
  return {
    ...session,
    learning,
    reviews,
    newCards: session.newCards.filter(isOther),
    doneToday: {
      newCount: session.doneToday.newCount + done.newCount,
      reviewCount: session.doneToday.reviewCount + done.reviewCount,
    },
    deckAllowances: spendDeckAllowance(session.deckAllowances, review.deckId, done),
    nextReviewDue,
  };
}

/** Orders rows by due time, then card id, as the storage indexes return them. */
export function compareRowsByDue(a: ScheduleRow, b: ScheduleRow): number {
  return a.due - b.due || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
}

function insertByDue(rows: readonly ScheduleRow[], row: ScheduleRow): ScheduleRow[] {
  const at = rows.findIndex((other) => compareRowsByDue(row, other) < 0);
  const copy = [...rows];
  copy.splice(at === -1 ? copy.length : at, 0, row);
  return copy;
}

function minOf(values: readonly (number | null)[]): number | null {
  let min: number | null = null;
  for (const value of values) {
    if (value !== null && (min === null || value < min)) min = value;
  }
  return min;
}
