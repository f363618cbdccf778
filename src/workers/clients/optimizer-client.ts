import type { SchedulerSettings } from '../../domain/scheduler/types';
import type { OptimizeResult, OptimizerEvent, OptimizerJobMap } from '../optimizer-messages';
import { connectWorker, type JobClient } from '../transport/job-client';

export type OptimizerPhase = 'starting' | 'reading' | 'training' | 'evaluating' | 'rescheduling';

/** Where a job is: its phase, and how far through it (0 to 1) when that is known. */
export type OptimizerProgress = { phase: OptimizerPhase; fraction: number | null };

export type OptimizerJob<T> = {
  done: Promise<T>;
  /**
   * Ends the worker at once (training cannot be interrupted any other way); `done` then
   * rejects with a JobCancelledError.
   */
  cancel: () => void;
};

/** Trains new parameters in a fresh worker, which ends with the job. */
export function startOptimizer(
  settings: SchedulerSettings,
  onProgress: (progress: OptimizerProgress) => void,
  threads = chooseThreadCount(),
): OptimizerJob<OptimizeResult> {
  return runJob(onProgress, (client, options) =>
    client.start('optimize', { settings, threads }, options),
  );
}

/** Replays every reviewed card's history with `settings` and writes the new schedules. */
export function startReschedule(
  settings: SchedulerSettings,
  onProgress: (progress: OptimizerProgress) => void,
): OptimizerJob<number> {
  return runJob(onProgress, (client, options) => client.start('reschedule', { settings }, options));
}

/** Leaves a core to the page on small machines; more than four threads gain little here. */
export function chooseThreadCount(cores = globalThis.navigator?.hardwareConcurrency ?? 2): number {
  return Math.max(1, Math.min(4, cores - 1));
}

type StartJob<T> = (
  client: JobClient<OptimizerJobMap>,
  options: { onProgress: (event: OptimizerEvent) => void },
) => { done: Promise<T> };

function runJob<T>(
  onProgress: (progress: OptimizerProgress) => void,
  startJob: StartJob<T>,
): OptimizerJob<T> {
  const worker = new Worker(new URL('../optimizer-worker.ts', import.meta.url), {
    type: 'module',
  });
  const listener = createTrainingListener(onProgress);
  const client = connectWorker<OptimizerJobMap>(worker, {
    crashMessage: 'The optimizer could not start',
    onClose: listener.stop,
  });
  let phase: OptimizerPhase = 'starting';
  const onEvent = (event: OptimizerEvent) => {
    if (event.type === 'training') listener.start(event.progressPort);
    else if (event.type === 'phase') {
      listener.stop();
      phase = event.phase;
      onProgress({ phase, fraction: null });
    } else onProgress({ phase, fraction: toFraction(event.done, event.total) });
  };
  onProgress({ phase, fraction: null });
  const { done } = startJob(client, { onProgress: onEvent });
  const ended = done.finally(() => client.close());
  return { done: ended, cancel: () => client.close() };
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
