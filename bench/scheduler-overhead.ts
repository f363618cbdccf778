// Overhead of Drillbook's scheduler wrapper against calling ts-fsrs directly, on the same cards.
// Plain TypeScript with no Node or DOM API, so the same figures are taken in Node
// (bench/scheduler-bench.ts) and inside Chromium (the review bench page).
import { type Card, type FSRSParameters, fsrs, type Grade, State } from 'ts-fsrs';
import { previewRatings } from '../src/domain/scheduler/preview';
import { buildQueue, type QueueInput } from '../src/domain/scheduler/queue';
import { type RateCardInput, rateCard } from '../src/domain/scheduler/rate-card';
import {
  applySessionRating,
  type SessionQueue,
  viewSessionQueue,
} from '../src/domain/scheduler/session-queue';
import { defaultSchedulerSettings } from '../src/domain/scheduler/settings';
import type { Rating, ScheduleRow } from '../src/domain/scheduler/types';
import { createRandom } from './browser/random';
import { median } from './browser/stats';

const cardCount = 1500;
const rounds = 9;
const start = Date.UTC(2026, 10, 23, 9);
const day = 86_400_000;
const settings = defaultSchedulerSettings;
const params: Partial<FSRSParameters> = {
  request_retention: settings.desiredRetention,
  maximum_interval: settings.maximumIntervalDays,
  enable_fuzz: settings.isFuzzEnabled,
  enable_short_term: true,
  learning_steps: ['1m', '10m'],
  relearning_steps: ['10m'],
};

type Case = { input: RateCardInput; card: Card; at: Date; grade: Grade };

function toBareCard(row: ScheduleRow | null, now: number): Card {
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
      state: State.New,
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

/** Every card's ratings, from new, at times a real learner could rate them. */
function buildCases(): Case[] {
  const random = createRandom(42);
  const cases: Case[] = [];
  for (let c = 0; c < cardCount; c += 1) {
    let row: ScheduleRow | null = null;
    let now = start + Math.floor(random() * day);
    const ratings = 1 + Math.floor(random() * 8);
    for (let r = 0; r < ratings; r += 1) {
      const draw = random();
      const rating: Rating = draw < 0.1 ? 1 : draw < 0.2 ? 2 : draw < 0.9 ? 3 : 4;
      const input: RateCardInput = {
        before: row,
        cardId: `deck/card-${c}`,
        deckId: 'deck',
        rating,
        now,
        reviewId: `review-${c}-${r}`,
        mode: 'review',
        durationMs: 6000,
        settings,
      };
      cases.push({ input, card: toBareCard(row, now), at: new Date(now), grade: rating });
      row = rateCard(input).schedule;
      now = Math.max(now + 60_000, row.due + Math.floor(random() * 2 * day));
    }
  }
  return cases;
}

function time(cases: readonly Case[], run: (item: Case) => number): number {
  let sink = 0;
  const began = performance.now();
  for (const item of cases) sink += run(item);
  const elapsed = performance.now() - began;
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  return (elapsed * 1000) / cases.length;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** A day's queue as storage would ask for it: 50 learning, 250 reviews, 100 new candidates. */
function buildQueueInput(cases: readonly Case[]): QueueInput {
  const rows = cases.map((item) => rateCard(item.input).schedule);
  const now = start + 10 * day;
  const learning = rows.filter((row) => row.state === 1 || row.state === 3).slice(0, 50);
  const reviews = rows.filter((row) => row.state === 2).slice(0, 250);
  const newCards = Array.from({ length: 100 }, (_, i) => ({ cardId: `new-${i}`, deckId: 'deck' }));
  return {
    now,
    learning: learning.map((row) => ({ ...row, due: now - 1000 })),
    reviews: reviews.map((row) => ({ ...row, due: now - 1000 })),
    newCards,
    doneToday: { newCount: 5, reviewCount: 20 },
    limits: { newCardsPerDay: 20, maxReviewsPerDay: 200 },
  };
}

function timeQueue(input: QueueInput): number {
  const calls = 2000;
  let sink = 0;
  const began = performance.now();
  for (let i = 0; i < calls; i += 1) sink += buildQueue(input).items.length;
  const elapsed = performance.now() - began;
  if (sink === 0) throw new Error('The queue came out empty');
  return (elapsed * 1000) / calls;
}

/** A review session's next card from memory: the queue at `now`, then the head's rating applied. */
function timeSessionStep(input: QueueInput): number {
  const session: SessionQueue = {
    dayStart: input.now - 10 * 3_600_000,
    dayEnd: input.now + 14 * 3_600_000,
    learning: input.learning,
    reviews: input.reviews,
    newCards: input.newCards,
    doneToday: input.doneToday,
    limits: input.limits,
    deckAllowances: new Map(),
    nextReviewDue: null,
  };
  const head = viewSessionQueue(session, input.now).queue.items[0] ?? fail('empty session');
  const before = [...input.learning, ...input.reviews].find((row) => row.cardId === head.cardId);
  const rated = rateCard({
    before: before ?? null,
    cardId: head.cardId,
    deckId: head.deckId,
    rating: 3,
    now: input.now,
    reviewId: 'session-step',
    mode: 'review',
    durationMs: 1000,
    settings,
  });
  const calls = 2000;
  let sink = 0;
  const began = performance.now();
  for (let i = 0; i < calls; i += 1) {
    const next = applySessionRating(session, { after: rated.schedule, review: rated.review });
    sink += viewSessionQueue(next, input.now).queue.items.length;
  }
  const elapsed = performance.now() - began;
  if (sink === 0) throw new Error('The session queue came out empty');
  return (elapsed * 1000) / calls;
}

export type SchedulerOverhead = {
  calls: number;
  rounds: number;
  microsecondsPerCall: Record<string, number>;
  ratios: Record<string, number>;
  target: string;
  buildQueue: Record<string, number>;
  sessionStep: { microsecondsPerCall: number };
};

export function measureSchedulerOverhead(): SchedulerOverhead {
  const cases = buildCases();
  const f = fsrs(params);
  const variants: Record<string, (item: Case) => number> = {
    rateCard: (item) => rateCard(item.input).schedule.due,
    bareNext: (item) => f.next(item.card, item.at, item.grade).card.due.getTime(),
    fsrsPerRating: (item) => fsrs(params).next(item.card, item.at, item.grade).card.due.getTime(),
    previewRatings: (item) => previewRatings(item.input.before, item.input.now, settings)[3].due,
    bareRepeat: (item) => f.repeat(item.card, item.at)[3].card.due.getTime(),
  };
  checkSameResults(cases, variants);
  const names = Object.keys(variants);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) time(cases, variants[name] ?? fail(name));
  for (let round = 0; round < rounds; round += 1) {
    // Rotating the order keeps warm-up and GC pauses from favouring one variant.
    const order = names.map((_, i) => names[(i + round) % names.length] ?? fail('order'));
    for (const name of order) samples[name]?.push(time(cases, variants[name] ?? fail(name)));
  }
  const us = Object.fromEntries(names.map((name) => [name, round2(median(samples[name] ?? []))]));
  const queueInput = buildQueueInput(cases);
  const queueUs = round2(median(Array.from({ length: rounds }, () => timeQueue(queueInput))));
  const sessionUs = round2(
    median(Array.from({ length: rounds }, () => timeSessionStep(queueInput))),
  );
  const ratio = (a: string, b: string) => round2((us[a] ?? 0) / (us[b] ?? 1));
  return {
    calls: cases.length,
    rounds,
    microsecondsPerCall: us,
    ratios: {
      rateCardOverBareNext: ratio('rateCard', 'bareNext'),
      previewRatingsOverBareRepeat: ratio('previewRatings', 'bareRepeat'),
      fsrsPerRatingOverBareNext: ratio('fsrsPerRating', 'bareNext'),
    },
    target: 'wrapper/bare <= 1.5',
    buildQueue: {
      learning: queueInput.learning.length,
      reviews: queueInput.reviews.length,
      newCards: queueInput.newCards.length,
      microsecondsPerCall: queueUs,
    },
    /** A review session's in-memory step per card: apply the rating, build the queue again. */
    sessionStep: { microsecondsPerCall: sessionUs },
  };
}

/** The comparison is only fair if wrapper and bare calls schedule the same. */
function checkSameResults(
  cases: readonly Case[],
  variants: Record<string, (item: Case) => number>,
) {
  for (const item of cases.slice(0, 500)) {
    const wrapped = [variants.rateCard?.(item), variants.previewRatings?.(item)];
    const bare = [variants.bareNext?.(item), variants.bareRepeat?.(item)];
    if (wrapped[0] !== bare[0] || wrapped[1] !== bare[1]) {
      throw new Error(`Wrapper and ts-fsrs disagree on ${item.input.cardId}`);
    }
  }
}

function fail(what: string): never {
  throw new Error(`Missing benchmark variant ${what}`);
}
