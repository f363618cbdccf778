// The bench page: the app's own storage and review-session code against a real IndexedDB.
// bench/review-bench.ts builds it, opens it in Chromium and calls window.seedReviewBench(size)
// once per seed format, then window.measureReviewBench on a copy of the seeded profile.

import { createReviewSession } from '../../src/data/review-session/live-review-session';
import { loadSessionQueue } from '../../src/data/review-session/review-session';
import { readStudyDay } from '../../src/data/services/clock';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import { createDatabase, type DrillbookDb } from '../../src/storage/db';
import { measureSchedulerOverhead } from '../scheduler-overhead';
import { benchDatabaseName } from './bench-database';
import { measureBrowse } from './browse-measure';
import { measureCommitSteps } from './commit-steps';
import { benchDeckId } from './fake-deck';
import { readHeapMb } from './heap';
import { timeQueryAlternatives } from './query-alternatives';
import { createRandom } from './random';
import type { MeasureRequest, SeedResult, SizeFigures } from './review-bench-types';
import {
  measureSessionStarts,
  moveToNextStudyDay,
  type ReviewLoopContext,
  runReviewLoop,
  runReviewLoopBothWays,
} from './review-loop';
import { seedCollection } from './seed-collection';
import { timeSnapshotSteps } from './snapshot-steps';
import { createStepTimer, summarize } from './stats';

const warmup = 10;
const iterations = 200;
/** The loop alternates designs this many times (see runReviewLoopBothWays). */
const loopBlocks = 4;
const commitRounds = 50;
const sessionStarts = 20;
const breakdownRounds = 50;
const settleMs = 5000;

/** Builds the collection of `size` cards into a fresh database; Node keeps the profile. */
async function seedReviewBench(size: number): Promise<SeedResult> {
  const log = (message: string) => console.log(`[${size}] ${message}`);
  const name = benchDatabaseName(size);
  await createDatabase(name).delete();
  const db = createDatabase(name);
  try {
    const startAt = todayAt(14);
    const { dayStart } = readStudyDay(startAt, defaultSchedulerSettings.dayStartHour);
    const seed = await seedCollection(db, size, { now: startAt, dayStart }, log);
    return { seed, startAt };
  } finally {
    db.close();
  }
}

/** Measures on the seeded database, which the browser opens fresh, as a user reopening the app. */
async function measureReviewBench({
  size,
  startAt,
}: MeasureRequest): Promise<Omit<SizeFigures, 'seed' | 'database'>> {
  const log = (message: string) => console.log(`[${size}] ${message}`);
  const db = createDatabase(benchDatabaseName(size));
  try {
    const settings = defaultSchedulerSettings;
    await db.open();
    const cards = await db.cards.count();
    if (cards !== size) throw new Error(`The seeded database holds ${cards} cards, not ${size}`);
    const sessionStartColdMs = await settle(db, startAt, log);
    const context: ReviewLoopContext = {
      db,
      deckId: benchDeckId,
      settings,
      random: createRandom(17),
    };
    const heap = await measureSessionHeap(context, startAt);
    log(`JS heap: ${heap.beforeSessionMb} MB, with a review session open ${heap.withSessionMb} MB`);
    log(`measuring session start: ${sessionStarts} fresh sessions`);
    const starts = await measureSessionStarts(context, startAt, sessionStarts);
    log(
      `measuring next card and commit: ${warmup} warm-up + ${iterations} iterations, and as many with the next card read on its own`,
    );
    const { current: loop, previous } = await runReviewLoopBothWays(
      context,
      startAt,
      warmup,
      iterations,
      loopBlocks,
    );
    log('the same in a one-deck session');
    const deckLoop = await runReviewLoop(context, [benchDeckId], previous.endAt, 0, iterations / 2);
    // The breakdown's full reads run apart from the loops: between ratings they would leave
    // IndexedDB busy and slow the measured commits, which the app never does.
    log(`timing each step of the previous design's full read, ${breakdownRounds} times`);
    const steps = createStepTimer();
    for (let round = 0; round < breakdownRounds; round += 1) {
      await timeSnapshotSteps(db, deckLoop.endAt, settings, steps);
      await timeQueryAlternatives(db, deckLoop.endAt, settings, benchDeckId, steps);
    }
    log('timing each step of a commit');
    // A fresh study day, so the commits run on a full queue rather than on used-up limits.
    const stepsAt = moveToNextStudyDay(deckLoop.endAt, settings);
    const commit = await measureCommitSteps(db, stepsAt, settings, context.random, commitRounds);
    return {
      size,
      warmup,
      iterations,
      sessionStartColdMs,
      heap,
      sessionStart: summarize(starts.start),
      sessionFirstCard: summarize(starts.firstCard),
      nextCard: summarize(loop.nextCard),
      nextCardOneDeck: summarize(deckLoop.nextCard),
      commit: summarize(loop.commit),
      rateToNextCard: summarize(loop.rateToNextCard),
      nextReadOnItsOwn: {
        nextCard: summarize(previous.nextCard),
        commit: summarize(previous.commit),
        rateToNextCard: summarize(previous.rateToNextCard),
      },
      queueReads: { allDecks: loop.queueReads, oneDeck: deckLoop.queueReads },
      headKinds: loop.headKinds,
      daysAdvanced: loop.daysAdvanced,
      breakdown: { nextCard: steps.summarizeAll(), commit },
    };
  } finally {
    db.close();
  }
}

/** The page's heap with the database open, then with a review session started on it. */
async function measureSessionHeap(
  context: ReviewLoopContext,
  now: number,
): Promise<SizeFigures['heap']> {
  const beforeSessionMb = readHeapMb();
  const session = createReviewSession(context.db, { settings: context.settings });
  try {
    await session.next(now);
    return { beforeSessionMb, withSessionMb: readHeapMb() };
  } finally {
    session.dispose();
  }
}

/**
 * As a user reopening the app a while later: the database is opened fresh from disk, and the
 * browser gets a few quiet seconds to finish what opening it started, before anything is timed.
 */
async function settle(
  db: DrillbookDb,
  now: number,
  log: (message: string) => void,
): Promise<number> {
  const began = performance.now();
  await loadSessionQueue(db, { now, settings: defaultSchedulerSettings });
  const coldMs = performance.now() - began;
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  log(`opened the database, read the queue once, and waited ${settleMs / 1000} s`);
  return Math.round(coldMs * 1000) / 1000;
}

/** Today at `hour`:00 local time: the simulated clock starts mid-afternoon of a study day. */
function todayAt(hour: number): number {
  const date = new Date();
  date.setHours(hour, 0, 0, 0);
  return date.getTime();
}

/** Playwright passes on only an error's message: put its name and any inner cause there. */
function describeError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const inner: unknown = Reflect.get(error, 'inner') ?? Reflect.get(error, 'cause');
  const failures: unknown = Reflect.get(error, 'failures');
  const first = Array.isArray(failures) ? failures[0] : undefined;
  const detail = [inner, first].filter((item) => item !== undefined).map(String);
  return new Error([`${error.name}: ${error.message}`, ...detail, error.stack ?? ''].join('\n'));
}

Object.assign(window, {
  measureSchedulerOverhead,
  measureBrowseBench: (request: MeasureRequest) =>
    measureBrowse(benchDatabaseName(request.size), request.startAt).catch((error: unknown) => {
      throw describeError(error);
    }),
  seedReviewBench: (size: number) =>
    seedReviewBench(size).catch((error: unknown) => {
      throw describeError(error);
    }),
  measureReviewBench: (request: MeasureRequest) =>
    measureReviewBench(request).catch((error: unknown) => {
      throw describeError(error);
    }),
});
