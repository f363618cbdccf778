// The bench page: seeds a generated history into the app's database, then runs Optimize
// through the app's own client and worker. bench/optimizer-bench.ts opens it in Chromium and
// calls window.runOptimizerBench(size, threads).
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import { createDatabase, type DrillbookDb } from '../../src/storage/db';
import { type OptimizerPhase, startOptimizer } from '../../src/workers/clients/optimizer-client';
import { generateHistory } from './generate-history';
import { watchMainThread } from './main-thread-probe';
import type { OptimizerRunFigures } from './optimizer-bench-types';

const chunkSize = 1000;
const day = 24 * 60 * 60 * 1000;

async function seedHistory(db: DrillbookDb, size: number): Promise<void> {
  const history = generateHistory({ reviewCount: size, seed: 42, end: Date.now() - day });
  await db.decks.put(history.deck);
  for (const [table, rows] of [
    [db.cards, history.cards],
    [db.schedule, history.schedule],
    [db.reviews, history.reviews],
  ] as const) {
    for (let start = 0; start < rows.length; start += chunkSize) {
      // Each table's own row type; the tuple above keeps them paired.
      await (table.bulkPut as (rows: unknown[]) => Promise<unknown>)(
        rows.slice(start, start + chunkSize),
      );
    }
  }
}

/** Replaces the app's database (the worker opens it by name) with `size` generated reviews. */
async function seedOptimizerBench(size: number): Promise<number> {
  await createDatabase().delete();
  const db = createDatabase();
  const began = performance.now();
  await seedHistory(db, size);
  db.close();
  return Math.round(performance.now() - began);
}

async function runOptimizerBench(size: number, threads: number): Promise<OptimizerRunFigures> {
  const phaseStarts = new Map<OptimizerPhase, number>();
  const probe = watchMainThread();
  const began = performance.now();
  const job = startOptimizer(
    defaultSchedulerSettings,
    ({ phase }) => {
      if (!phaseStarts.has(phase)) phaseStarts.set(phase, performance.now());
    },
    threads,
  );
  const result = await job.done;
  const ended = performance.now();
  const mainThread = probe.stop();
  const at = (phase: OptimizerPhase) => phaseStarts.get(phase) ?? began;
  return {
    size,
    threads,
    reviewCount: result.reviewCount,
    itemCount: result.itemCount,
    totalMs: Math.round(ended - began),
    readMs: Math.round(at('training') - at('reading')),
    trainingMs: result.trainingMs,
    evaluateMs: Math.round(ended - at('evaluating')),
    mainThread,
    logLoss: { current: result.current.logLoss, trained: result.trained.logLoss },
    rmseBins: { current: result.current.rmseBins, trained: result.trained.rmseBins },
  };
}

Reflect.set(window, 'seedOptimizerBench', seedOptimizerBench);
Reflect.set(window, 'runOptimizerBench', runOptimizerBench);
