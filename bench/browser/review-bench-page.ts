// The bench page: the app's own storage and review-session code against a real IndexedDB.
// bench/review-bench.ts builds it, opens it in Chromium and calls window.runReviewBench(size).
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import { createDatabase, type DrillbookDb } from '../../src/storage/db';
import { readStudyDay } from '../../src/stores/clock';
import { measureCommitSteps } from './commit-steps';
import { benchDeckId } from './fake-deck';
import { measureLiveNextCard } from './live-next-card';
import { timeQueryAlternatives } from './query-alternatives';
import { createRandom } from './random';
import type { SizeFigures } from './review-bench-types';
import { moveToNextStudyDay, type ReviewLoopContext, runReviewLoop } from './review-loop';
import { seedCollection } from './seed-collection';
import { timeSnapshotSteps } from './snapshot-steps';
import { createStepTimer, summarize } from './stats';

const warmup = 10;
const iterations = 200;
const commitRounds = 50;
const settlePauseMs = 5000;

async function runReviewBench(size: number): Promise<SizeFigures> {
  const log = (message: string) => console.log(`[${size}] ${message}`);
  const name = `drillbook-review-bench-${size}`;
  const importName = `${name}-import`;
  await createDatabase(name).delete();
  await createDatabase(importName).delete();
  const db = createDatabase(name);
  const importDb = createDatabase(importName);
  try {
    const settings = defaultSchedulerSettings;
    const startAt = todayAt(14);
    const { dayStart } = readStudyDay(startAt, settings.dayStartHour);
    const seed = await seedCollection({ db, importDb }, size, { now: startAt, dayStart }, log);
    importDb.close();
    await reopenAfterPause(db, log);

    const steps = createStepTimer();
    const context: ReviewLoopContext = {
      db,
      deckId: benchDeckId,
      settings,
      random: createRandom(17),
      afterSnapshot: async (now) => {
        await timeSnapshotSteps(db, now, settings, steps);
        await timeQueryAlternatives(db, now, settings, benchDeckId, steps);
      },
    };
    log(`measuring next card and commit: ${warmup} warm-up + ${iterations} iterations`);
    const loop = await runReviewLoop(context, startAt, warmup, iterations);
    log('measuring rating to next card through a live query');
    const live = await measureLiveNextCard(context, loop.endAt, iterations);
    log('timing each step of a commit');
    // A fresh study day, so the commits run on a full queue rather than on used-up limits.
    const stepsAt = moveToNextStudyDay(live.endAt, settings);
    const commit = await measureCommitSteps(db, stepsAt, settings, context.random, commitRounds);
    return {
      size,
      seed,
      warmup,
      iterations,
      nextCard: summarize(loop.nextCard),
      nextCardOneDeck: summarize(loop.nextCardOneDeck),
      commit: summarize(loop.commit),
      liveRateToNextCard: summarize(live.samples),
      headKinds: loop.headKinds,
      daysAdvanced: loop.daysAdvanced,
      breakdown: { nextCard: steps.summarizeAll(), commit },
    };
  } finally {
    db.close();
    importDb.close();
    await createDatabase(name).delete();
    await createDatabase(importName).delete();
  }
}

/**
 * As a user reopens the app: every connection closed for a few seconds, so the browser can
 * close its backing store and finish writing, then a fresh open.
 */
async function reopenAfterPause(db: DrillbookDb, log: (message: string) => void): Promise<void> {
  db.close();
  await new Promise((resolve) => setTimeout(resolve, settlePauseMs));
  await db.open();
  log(`reopened the database after ${settlePauseMs / 1000} s`);
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
  runReviewBench: (size: number) =>
    runReviewBench(size).catch((error: unknown) => {
      throw describeError(error);
    }),
});
