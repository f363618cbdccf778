import type { Rating, SchedulerSettings } from '../../src/domain/scheduler/types';
import type { DrillbookDb } from '../../src/storage/db';
import { readStudyDay } from '../../src/stores/clock';
import {
  loadReviewSnapshot,
  type RatingOutcome,
  type ReviewSnapshot,
  rateShownCard,
  type ShownCard,
} from '../../src/stores/review-session';
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
  /** Runs after the measured reads of each recorded iteration, on the same state (not timed). */
  afterSnapshot?: (now: number) => Promise<void>;
};

export type ReviewLoopSamples = {
  nextCard: number[];
  nextCardOneDeck: number[];
  commit: number[];
  headKinds: HeadKinds;
  daysAdvanced: number;
  /** The simulated time after the last rating, for the phases that follow. */
  endAt: number;
};

/**
 * The review screen's two steps, in turn: load the snapshot (next card), rate its head card
 * (commit). The first `warmup` iterations are not recorded. The simulated clock moves on
 * with every card, and to the next study day when today's limits are used up.
 */
export async function runReviewLoop(
  context: ReviewLoopContext,
  startAt: number,
  warmup: number,
  iterations: number,
): Promise<ReviewLoopSamples> {
  const out: ReviewLoopSamples = {
    nextCard: [],
    nextCardOneDeck: [],
    commit: [],
    headKinds: { new: 0, learning: 0, review: 0 },
    daysAdvanced: 0,
    endAt: startAt,
  };
  let now = startAt;
  for (let i = 0; i < warmup + iterations; ) {
    // Alternating which query runs first keeps either from always finding a warm cache.
    const [allMs, deckMs, snapshot] =
      i % 2 === 0
        ? await timeSnapshots(context, now, true)
        : await timeSnapshots(context, now, false);
    const shown = snapshot.current;
    if (shown === null) {
      now = moveToNextStudyDay(now, context.settings);
      out.daysAdvanced += 1;
      if (out.daysAdvanced > maxSkippedDays) throw new Error('The review queue stays empty');
      continue;
    }
    if (i >= warmup) await context.afterSnapshot?.(now);
    const began = performance.now();
    const outcome = await rateCardOnScreen(context, shown, now + rateAfterMs);
    const commitMs = performance.now() - began;
    if (outcome !== 'saved') throw new Error(`Rating ${shown.card.id} was not saved`);
    if (i >= warmup) {
      out.nextCard.push(allMs);
      out.nextCardOneDeck.push(deckMs);
      out.commit.push(commitMs);
      out.headKinds[kindOf(shown)] += 1;
    }
    i += 1;
    now += secondsPerCard * 1000;
  }
  out.endAt = now;
  return out;
}

async function timeSnapshots(
  context: ReviewLoopContext,
  now: number,
  isAllFirst: boolean,
): Promise<[number, number, ReviewSnapshot]> {
  const all = () => timeSnapshot(context, now, undefined);
  const one = () => timeSnapshot(context, now, [context.deckId]);
  if (isAllFirst) {
    const first = await all();
    const second = await one();
    return [first.ms, second.ms, first.snapshot];
  }
  const second = await one();
  const first = await all();
  return [first.ms, second.ms, first.snapshot];
}

async function timeSnapshot(
  { db, settings }: ReviewLoopContext,
  now: number,
  deckIds: string[] | undefined,
): Promise<{ ms: number; snapshot: ReviewSnapshot }> {
  const began = performance.now();
  const snapshot = await loadReviewSnapshot(db, {
    now,
    ...(deckIds ? { deckIds } : {}),
    settings,
    pinnedCardId: null,
  });
  return { ms: performance.now() - began, snapshot };
}

export function rateCardOnScreen(
  { db, settings, random }: ReviewLoopContext,
  shown: ShownCard,
  now: number,
): Promise<RatingOutcome> {
  return rateShownCard(db, {
    shown,
    rating: pickRating(random),
    mode: 'review',
    now,
    durationMs: rateAfterMs,
    reviewId: createUuid(random),
    settings,
  });
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
