import type { Percentiles } from './review-bench-types';

/** The middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Nearest-rank percentiles, rounded to microseconds. */
export function summarize(samples: readonly number[]): Percentiles {
  if (samples.length === 0) throw new Error('No samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return {
    count: sorted.length,
    p50: round3(rank(0.5)),
    p95: round3(rank(0.95)),
    max: round3(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round3(mean),
  };
}

export type StepTimer = ReturnType<typeof createStepTimer>;

/** Collects named samples; `time` measures one awaited step and records it under its name. */
export function createStepTimer() {
  const samples = new Map<string, number[]>();
  const record = (name: string, ms: number) => {
    const list = samples.get(name) ?? [];
    list.push(ms);
    samples.set(name, list);
  };
  const time = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const began = performance.now();
    const result = await work();
    record(name, performance.now() - began);
    return result;
  };
  const summarizeAll = (): Record<string, Percentiles> =>
    Object.fromEntries([...samples].map(([name, list]) => [name, summarize(list)]));
  return { record, time, summarizeAll };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
