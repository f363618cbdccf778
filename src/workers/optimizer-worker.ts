// The optimizer worker: reads the review history, trains FSRS parameters and reschedules cards
// off the main thread. The page makes one per job and ends it afterwards; Cancel ends it early,
// since training blocks this thread and cannot read a cancel message.

import { describeError } from '../domain/describe-error';
import { createDatabase } from '../storage/db';
import { runOptimize, runReschedule } from './optimizer-job';
import type { OptimizerJobMap } from './optimizer-messages';
import { serveJobs } from './transport/job-host';

const db = createDatabase();

serveJobs<OptimizerJobMap>(
  globalThis,
  {
    optimize: ({ settings, threads }, { reportProgress }) =>
      runOptimize(db, settings, threads, reportProgress),
    reschedule: ({ settings }, { reportProgress }) => runReschedule(db, settings, reportProgress),
  },
  { describeError: describeTrainingError },
);

function describeTrainingError(error: unknown): string {
  // fsrs-rs stops with a Rust panic, which reaches JavaScript as "unreachable".
  if (error instanceof WebAssembly.RuntimeError) {
    return 'FSRS could not train on this history. More reviews spread over more days may help.';
  }
  return describeError(error);
}
