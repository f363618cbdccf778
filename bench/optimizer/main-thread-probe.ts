import type { MainThreadFigures } from './optimizer-bench-types';

/** Watches the main thread's long tasks (over 50 ms, wall time) from now until `stop()`. */
export function watchMainThread(): { stop: () => MainThreadFigures } {
  const began = performance.now();
  const longTasks: { at: number; duration: number }[] = [];
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries) {
      longTasks.push({ at: Math.round(entry.startTime - began), duration: entry.duration });
    }
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop: () => {
      record(observer.takeRecords());
      observer.disconnect();
      const durations = longTasks.map((task) => task.duration);
      return {
        longTaskCount: longTasks.length,
        longestLongTaskMs: Math.round(Math.max(0, ...durations)),
        longTasks: longTasks.map(({ at, duration }) => ({ at, duration: Math.round(duration) })),
      };
    },
  };
}
