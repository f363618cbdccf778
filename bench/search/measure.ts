// Measuring helpers for the search bench.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readSizesOption } from '../bench-support';

const defaultSizes = [10_000, 100_000];

/** `--sizes=...` runs a subset of the default sizes. */
export function readSearchSizes(args: readonly string[]): number[] {
  return readSizesOption(args, defaultSizes);
}

/**
 * The collector, also when Node was started without `--expose-gc` (as `npm run bench` starts
 * it): the flag can be set at run time, and a new context then sees `gc`. Without it, the heap
 * would count the garbage of the design measured before.
 */
function readCollector(): (() => void) | null {
  const exposed: unknown = Reflect.get(globalThis, 'gc');
  if (typeof exposed === 'function') return () => exposed();
  setFlagsFromString('--expose-gc');
  const collect: unknown = runInNewContext('gc');
  return typeof collect === 'function' ? () => collect() : null;
}

const collectGarbage = readCollector();

export const isHeapExact = collectGarbage !== null;

/** The JS heap and the typed arrays' buffers, which live outside it (the packed index's do). */
export function readHeapMb(): number {
  collectGarbage?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return Math.round((heapUsed + arrayBuffers) / 1e6);
}

export type Timed<T> = { result: T; ms: number; cpuMs: number };

/**
 * Wall time, and the CPU time this process spent: on a machine shared with other work, wall
 * time includes waiting for a core, CPU time does not (it does include the GC's helper threads).
 */
export function time<T>(work: () => T): Timed<T> {
  const cpu = process.cpuUsage();
  const began = performance.now();
  const result = work();
  const ms = performance.now() - began;
  const used = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (used.user + used.system) / 1000 };
}
