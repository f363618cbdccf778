import type {
  OptimizeResult,
  OptimizerCommand,
  OptimizerEvent,
} from '../../../domain/scheduler/optimizer-messages';
import type { SchedulerSettings } from '../../../domain/scheduler/types';

export type OptimizerPhase = 'starting' | 'reading' | 'training' | 'evaluating' | 'rescheduling';

/** Where a job is: its phase, and how far through it (0 to 1) when that is known. */
export type OptimizerProgress = { phase: OptimizerPhase; fraction: number | null };

export type OptimizerJob<T> = {
  done: Promise<T>;
  /** Ends the worker at once: training cannot be interrupted any other way. */
  cancel: () => void;
};

export class OptimizerCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'OptimizerCancelled';
  }
}

/** Trains new parameters in a fresh worker, which ends with the job. */
export function startOptimizer(
  settings: SchedulerSettings,
  onProgress: (progress: OptimizerProgress) => void,
  threads = chooseThreadCount(),
): OptimizerJob<OptimizeResult> {
  return runJob({ type: 'optimize', settings, threads }, onProgress, (event) =>
    event.type === 'optimized' ? { value: event.result } : null,
  );
}

/** Replays every reviewed card's history with `settings` and writes the new schedules. */
export function startReschedule(
  settings: SchedulerSettings,
  onProgress: (progress: OptimizerProgress) => void,
): OptimizerJob<number> {
  return runJob({ type: 'reschedule', settings }, onProgress, (event) =>
    event.type === 'rescheduled' ? { value: event.cardCount } : null,
  );
}

/** Leaves a core to the page on small machines; more than four threads gain little here. */
export function chooseThreadCount(cores = globalThis.navigator?.hardwareConcurrency ?? 2): number {
  return Math.max(1, Math.min(4, cores - 1));
}

function runJob<T>(
  command: OptimizerCommand,
  onProgress: (progress: OptimizerProgress) => void,
  pickResult: (event: OptimizerEvent) => { value: T } | null,
): OptimizerJob<T> {
  const worker = new Worker(new URL('../../../workers/optimizer-worker.ts', import.meta.url), {
    type: 'module',
  });
  const listener = createTrainingListener(onProgress);
  let phase: OptimizerPhase = 'starting';
  let settle: { resolve: (value: T) => void; reject: (error: Error) => void } | null = null;
  const done = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: { value: T } | { error: Error }) => {
    listener.stop();
    worker.terminate();
    if ('value' in outcome) settle?.resolve(outcome.value);
    else settle?.reject(outcome.error);
  };
  worker.addEventListener('message', (message: MessageEvent<OptimizerEvent>) => {
    const event = message.data;
    const result = pickResult(event);
    if (result !== null) finish(result);
    else if (event.type === 'failed') finish({ error: new Error(event.message) });
    else if (event.type === 'training' && event.progressPort instanceof MessagePort) {
      listener.start(event.progressPort);
    } else if (event.type === 'phase') {
      listener.stop();
      phase = event.phase;
      onProgress({ phase, fraction: null });
    } else if (event.type === 'progress') {
      onProgress({ phase, fraction: toFraction(event.done, event.total) });
    }
  });
  worker.addEventListener('error', (event) => {
    finish({ error: new Error(event.message || 'The optimizer could not start') });
  });
  onProgress({ phase, fraction: null });
  worker.postMessage(command);
  return { done, cancel: () => finish({ error: new OptimizerCancelled() }) };
}

/** Listens to the progress relay while training lasts (see optimizer-progress-worker.ts). */
function createTrainingListener(onProgress: (progress: OptimizerProgress) => void) {
  let current: MessagePort | null = null;
  const stop = () => {
    current?.close();
    current = null;
  };
  return {
    start(port: MessagePort) {
      stop();
      current = port;
      port.onmessage = (message: MessageEvent<{ done: number; total: number }>) => {
        const { done, total } = message.data;
        onProgress({ phase: 'training', fraction: toFraction(done, total) });
      };
    },
    stop,
  };
}

/** A fraction from two counters; counters read as training ends may be garbage, so clamp. */
export function toFraction(done: number, total: number): number | null {
  if (!(total > 0)) return null;
  return Math.min(1, Math.max(0, done / total));
}
