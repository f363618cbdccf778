// The page's JavaScript heap, as Chromium counts it. The review bench starts Chromium with
// `--js-flags=--expose-gc` and `--enable-precise-memory-info`, so the figure is exact and
// taken after a full collection; without those flags it reads null or a rounded figure.

export const heapFlags = ['--js-flags=--expose-gc', '--enable-precise-memory-info'];

/** Megabytes of live JS heap after a full garbage collection; null where Chromium hides it. */
export function readHeapMb(): number | null {
  const collect: unknown = Reflect.get(globalThis, 'gc');
  if (typeof collect === 'function') collect();
  const memory: unknown = Reflect.get(performance, 'memory');
  if (typeof memory !== 'object' || memory === null) return null;
  const used: unknown = Reflect.get(memory, 'usedJSHeapSize');
  return typeof used === 'number' ? Math.round(used / 100_000) / 10 : null;
}
