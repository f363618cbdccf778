import { createReviewSession } from '../../src/data/review-session/live-review-session';
import type { RatingRequest, ShownCard } from '../../src/data/review-session/review-session';
import { readStudyDay } from '../../src/data/services/clock';
import type { Rating, SchedulerSettings } from '../../src/domain/scheduler/types';
import type { DrillbookDb } from '../../src/storage/db';
import { createUuid, type Random } from './random';
import type { HeadKinds } from './review-bench-types';

const hour = 3_600_000;
/** A learner who answers a card every eight seconds and rates it six seconds after it shows. */
export const secondsPerCard = 8;
const rateAfterMs = 6000;
const maxSkippedDays = 30;

export type ReviewLoopContext = {
  db: DrillbookDb;
  deckId: string;
  settings: SchedulerSettings;
  random: Random;
  /** False: the next card is read after the commit, on its own (the design before). */
  isNextReadInCommit?: boolean;
};

export type ReviewLoopSamples = {
  /** session.next after a rating: the in-memory pop and one confirming read. */
  nextCard: number[];
  /** session.rate: the commit and the in-memory update. */
  commit: number[];
  /** From the rating to the next card shown, as the Review screen's controller runs it. */
  rateToNextCard: number[];
  headKinds: HeadKinds;
  daysAdvanced: number;
  /** How often the session read the whole queue (its start and each new study day). */
  queueReads: number;
  /** The simulated time after the last rating, for the phases that follow. */
  endAt: number;
};

/**
 * The Review screen's loop through its review session (src/data/review-session/live-review-session.ts):
 * rate the card shown (commit), then take the next card (next card). The first `warmup`
 * iterations are not recorded. The simulated clock moves on with every card, and to the next
 * study day when today's limits are used up.
 */
export async function runReviewLoop(
  context: ReviewLoopContext,
  deckIds: string[] | undefined,
  startAt: number,
  warmup: number,
  iterations: number,
): Promise<ReviewLoopSamples> {
  const out = emptySamples(startAt);
  const session = createReviewSession(
    context.db,
    { settings: context.settings, ...(deckIds ? { deckIds } : {}) },
    undefined,
    { isNextReadInCommit: context.isNextReadInCommit ?? true },
  );
  try {
    let now = startAt;
    let snapshot = await session.next(now);
    for (let i = 0; i < warmup + iterations; ) {
      const shown = snapshot.current;
      if (shown === null) {
        now = moveToNextStudyDay(now, context.settings);
        out.daysAdvanced += 1;
        if (out.daysAdvanced > maxSkippedDays) throw new Error('The review queue stays empty');
        snapshot = await session.next(now);
        continue;
      }
      const began = performance.now();
      const outcome = await session.rate(createRating(context, shown, now + rateAfterMs));
      const committed = performance.now();
      if (outcome !== 'saved') throw new Error(`Rating ${shown.card.id} was not saved`);
      now += secondsPerCard * 1000;
      snapshot = await session.next(now);
      const shownNext = performance.now();
      if (i >= warmup) {
        out.commit.push(committed - began);
        out.nextCard.push(shownNext - committed);
        out.rateToNextCard.push(shownNext - began);
        out.headKinds[kindOf(shown)] += 1;
      }
      i += 1;
    }
    out.endAt = now;
    out.queueReads = session.countStarts();
    return out;
  } finally {
    session.dispose();
  }
}

/**
 * Opening the Review screen: a new session reads today's queue (start) and shows its first
 * card. A fresh session each round, on the same data.
 */
export async function measureSessionStarts(
  context: ReviewLoopContext,
  now: number,
  rounds: number,
): Promise<{ start: number[]; firstCard: number[] }> {
  const out = { start: [] as number[], firstCard: [] as number[] };
  for (let round = 0; round < rounds; round += 1) {
    const session = createReviewSession(context.db, { settings: context.settings });
    try {
      const began = performance.now();
      await session.start(now);
      const started = performance.now();
      await session.next(now);
      out.start.push(started - began);
      out.firstCard.push(performance.now() - began);
    } finally {
      session.dispose();
    }
  }
  return out;
}

function createRating(
  { random }: ReviewLoopContext,
  shown: ShownCard,
  now: number,
): Omit<RatingRequest, 'settings'> {
  return {
    shown,
    rating: pickRating(random),
    mode: 'review',
    now,
    durationMs: rateAfterMs,
    reviewId: createUuid(random),
  };
}

/** Mostly Good, as real learners rate: 10% Again, 10% Hard, 75% Good, 5% Easy. */
function pickRating(random: Random): Rating {
  const draw = random();
  return draw < 0.1 ? 1 : draw < 0.2 ? 2 : draw < 0.95 ? 3 : 4;
}

export function moveToNextStudyDay(now: number, settings: SchedulerSettings): number {
  return readStudyDay(now, settings.dayStartHour).dayEnd + 6 * hour;
}

function kindOf(shown: ShownCard): keyof HeadKinds {
  const state = shown.schedule?.state ?? 0;
  return state === 0 ? 'new' : state === 2 ? 'review' : 'learning';
}

function emptySamples(startAt: number): ReviewLoopSamples {
  return {
    nextCard: [],
    commit: [],
    rateToNextCard: [],
    headKinds: { new: 0, learning: 0, review: 0 },
    daysAdvanced: 0,
    queueReads: 0,
    endAt: startAt,
  };
}

/**
 * The loop in both designs, in alternating blocks on the same collection (a noisy machine
 * then slows both alike): the next card read in the rating's commit, and read on its own.
 */
export async function runReviewLoopBothWays(
  context: ReviewLoopContext,
  startAt: number,
  warmup: number,
  iterations: number,
  blocks: number,
): Promise<{ current: ReviewLoopSamples; previous: ReviewLoopSamples }> {
  const both = { current: emptySamples(startAt), previous: emptySamples(startAt) };
  let at = startAt;
  for (let block = 0; block < blocks; block += 1) {
    for (const design of ['current', 'previous'] as const) {
      const isNextReadInCommit = design === 'current';
      const samples = await runReviewLoop(
        { ...context, isNextReadInCommit },
        undefined,
        at,
        block === 0 ? warmup : 0,
        Math.round(iterations / blocks),
      );
      addSamples(both[design], samples);
      at = samples.endAt;
    }
  }
  return both;
}

function addSamples(into: ReviewLoopSamples, from: ReviewLoopSamples): void {
  into.nextCard.push(...from.nextCard);
  into.commit.push(...from.commit);
  into.rateToNextCard.push(...from.rateToNextCard);
  for (const kind of ['new', 'learning', 'review'] as const) {
    into.headKinds[kind] += from.headKinds[kind];
  }
  into.daysAdvanced += from.daysAdvanced;
  into.queueReads += from.queueReads;
  into.endAt = from.endAt;
}
