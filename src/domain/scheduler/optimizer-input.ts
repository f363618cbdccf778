import { dateDiffInDays } from 'ts-fsrs';
import { isPracticeMode } from './rate-card';
import { compareReviews } from './replay';
import type { Rating, ReviewRow } from './types';

/** Below this, a trained model mostly fits noise; Anki asks for about as many. */
export const MIN_OPTIMIZER_REVIEWS = 400;

/** The fields of a review row the optimizer reads. */
export type OptimizerReview = Pick<ReviewRow, 'id' | 'cardId' | 'rating' | 'mode' | 'reviewedAt'>;

/** One card's scheduling reviews since its last reset, oldest first. */
export type ReviewHistory = { cardId: string; ratings: Rating[]; times: number[] };

/**
 * fsrs-browser's `computeParameters` input: items laid end to end. Item k is the reviews
 * `ratings[start..start+lengths[k]]`, each with its days since the previous one (0 for the first).
 */
export type TrainingSet = {
  ratings: Uint32Array;
  deltaTs: Uint32Array;
  lengths: Uint32Array;
};

/** A rating that moved the schedule: not a reset (0) and not practice (multiple choice, cram). */
export function isSchedulingReview(review: Pick<ReviewRow, 'rating' | 'mode'>): boolean {
  return review.rating !== 0 && !isPracticeMode(review.mode);
}

/**
 * Groups reviews into per-card histories, in time order (ties by id, as replay orders them).
 * Practice is left out, and a reset starts the card's history again: as in Anki, only what
 * followed the last reset is the memory the card's schedule describes.
 */
export function collectHistories(reviews: Iterable<OptimizerReview>): ReviewHistory[] {
  const byCard = new Map<string, OptimizerReview[]>();
  for (const review of reviews) {
    if (isPracticeMode(review.mode)) continue;
    const list = byCard.get(review.cardId);
    if (list === undefined) byCard.set(review.cardId, [review]);
    else list.push(review);
  }
  const histories: ReviewHistory[] = [];
  for (const [cardId, list] of byCard) {
    const history = toHistory(cardId, list.sort(compareReviews));
    if (history.ratings.length > 0) histories.push(history);
  }
  return histories;
}

function toHistory(cardId: string, ordered: readonly OptimizerReview[]): ReviewHistory {
  const history: ReviewHistory = { cardId, ratings: [], times: [] };
  for (const review of ordered) {
    if (review.rating === 0) {
      history.ratings = [];
      history.times = [];
      continue;
    }
    history.ratings.push(review.rating);
    history.times.push(review.reviewedAt);
  }
  return history;
}

/**
 * Whole days between two reviews as ts-fsrs counts them (calendar days, UTC), so the model is
 * trained on the same elapsed times the scheduler will feed it.
 */
export function countElapsedDays(from: number, to: number): number {
  return Math.max(0, dateDiffInDays(new Date(from), new Date(to)));
}

/**
 * The training items FSRS expects (fsrs-rs builds the same from Anki's log): for every review
 * after a card's first that comes at least a day after the one before, the card's history up
 * to and including it. Same-day reviews stay inside the histories (short-term memory) but are
 * not predicted: FSRS gives them a recall chance of 1.
 */
export function toTrainingSet(histories: readonly ReviewHistory[]): TrainingSet {
  const deltasByHistory = histories.map(toDeltas);
  let itemCount = 0;
  let entryCount = 0;
  for (const deltas of deltasByHistory) {
    deltas.forEach((delta, i) => {
      if (i === 0 || delta === 0) return;
      itemCount += 1;
      entryCount += i + 1;
    });
  }
  const set: TrainingSet = {
    ratings: new Uint32Array(entryCount),
    deltaTs: new Uint32Array(entryCount),
    lengths: new Uint32Array(itemCount),
  };
  let item = 0;
  let offset = 0;
  histories.forEach((history, h) => {
    const deltas = deltasByHistory[h] ?? [];
    for (let end = 2; end <= deltas.length; end += 1) {
      if (deltas[end - 1] === 0) continue;
      set.ratings.set(history.ratings.slice(0, end), offset);
      set.deltaTs.set(deltas.slice(0, end), offset);
      set.lengths[item] = end;
      item += 1;
      offset += end;
    }
  });
  return set;
}

function toDeltas(history: ReviewHistory): number[] {
  return history.times.map((time, i) =>
    i === 0 ? 0 : countElapsedDays(history.times[i - 1] ?? time, time),
  );
}

/** How many reviews the histories hold (what the optimizer trains on). */
export function countHistoryReviews(histories: readonly ReviewHistory[]): number {
  return histories.reduce((sum, history) => sum + history.ratings.length, 0);
}
