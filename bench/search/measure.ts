// Measuring helpers for the search bench.
import { readSizesOption } from '../bench-support';

const defaultSizes = [10_000, 100_000];

/** `--sizes=...` runs a subset of the default sizes. */
export function readSearchSizes(args: readonly string[]): number[] {
  return readSizesOption(args, defaultSizes);
}

export function readHeapMb(): number {
  const collect: unknown = Reflect.get(globalThis, 'gc');
  if (typeof collect === 'function') collect();
  return Math.round(process.memoryUsage().heapUsed / 1e6);
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
