import type { Page } from '@playwright/test';

type LongTaskWindow = Window & { longTaskEnds?: Array<{ start: number; duration: number }> };

/** Records every main-thread task over 50 ms from the page's first script on (Long Tasks API). */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const target = window as LongTaskWindow;
    target.longTaskEnds = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        target.longTaskEnds?.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page's clock, to mark where an action starts. */
export function readPageClock(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * The longest task that started at or after `since` (0 when none passed 50 ms). Waits for two
 * frames and a macrotask first, so that the observer has delivered the last task's entry.
 */
export function readLongestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (from) =>
      new Promise<number>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const tasks = (window as LongTaskWindow).longTaskEnds ?? [];
              const durations = tasks.filter((t) => t.start >= from).map((t) => t.duration);
              resolve(Math.round(Math.max(0, ...durations)));
            }, 50),
          ),
        );
      }),
    since,
  );
}
