export type MainThreadFigures = {
  /** Long tasks (over 50 ms) reported by PerformanceObserver while the job ran. */
  longTaskCount: number;
  longestLongTaskMs: number;
  /** Each long task: when it began (ms after Optimize) and how long it took. */
  longTasks: { at: number; duration: number }[];
};

/** Chromium's trace of the main thread over the same run (see trace-main-thread.ts). */
export type TracedFigures = {
  taskCount: number;
  longestWallMs: number;
  longestThreadMs: number;
  overBudgetByThreadTime: number;
};

export type OptimizerRunFigures = {
  size: number;
  threads: number;
  reviewCount: number;
  itemCount: number;
  /** From Optimize to the comparison: read, train, evaluate. */
  totalMs: number;
  readMs: number;
  /** computeParameters in the worker, timed there. */
  trainingMs: number;
  evaluateMs: number;
  mainThread: MainThreadFigures;
  /** Filled in by the Node side, which traces the page. */
  traced?: TracedFigures;
  logLoss: { current: number; trained: number };
  rmseBins: { current: number; trained: number };
};
