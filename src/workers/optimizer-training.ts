// fsrs-browser runs fsrs-rs compiled to WebAssembly, with rayon threads that share its memory:
// it needs SharedArrayBuffer, so a cross-origin-isolated page (see README).
import initFsrs, { Fsrs, initThreadPool, Progress } from 'fsrs-browser';
import type { TrainingSet } from '../domain/scheduler/optimizer-input';
import { startProgressRelay } from './optimizer-progress-relay';

type Loaded = { memory: WebAssembly.Memory };

let loading: Promise<Loaded> | null = null;

// A thread script that cannot load (offline before it was cached) leaves the thread pool
// waiting for ever; long enough for a slow download of the 440 KB (gzip) wasm.
const LOAD_TIMEOUT_MS = 90_000;

/** Fetches and compiles the wasm and starts its thread pool, once per worker. */
export function loadFsrs(threads: number): Promise<Loaded> {
  loading ??= withTimeout(
    (async () => {
      const output = await initFsrs();
      await initThreadPool(Math.max(1, threads));
      return { memory: output.memory };
    })(),
    LOAD_TIMEOUT_MS,
    'The optimizer could not load its files. If you are offline, open Settings once online first.',
  );
  return loading;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export type TrainingHooks = {
  /** Called just before training blocks this thread, with a port that receives its progress. */
  onStart: (progressPort: MessagePort) => void;
};

/** Trains FSRS parameters on the set (short-term memory on, as the scheduler uses it). */
export async function trainParameters(
  set: TrainingSet,
  threads: number,
  hooks: TrainingHooks,
): Promise<number[]> {
  const { memory } = await loadFsrs(threads);
  const buffer = memory.buffer;
  if (!(buffer instanceof SharedArrayBuffer)) throw new Error('The wasm memory is not shared');
  // computeParameters takes ownership of both objects and frees them: never free them here.
  const fsrs = new Fsrs();
  const progress = Progress.new();
  const channel = new MessageChannel();
  const relay = await startProgressRelay({
    memory: buffer,
    pointer: progress.pointer(),
    port: channel.port1,
  });
  try {
    hooks.onStart(channel.port2);
    const weights = fsrs.computeParameters(set.ratings, set.deltaTs, set.lengths, progress, true);
    return Array.from(weights, roundWeight);
  } finally {
    // The counters are freed with training: nothing may read them afterwards.
    relay.stop();
  }
}

// fsrs-rs trains in f32: four decimals are all the precision the parameters carry (Anki shows as many).
function roundWeight(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
