type SchedulerWithYield = { yield: () => Promise<void> };

function readScheduler(): SchedulerWithYield | undefined {
  const candidate: unknown = Reflect.get(globalThis, 'scheduler');
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  return typeof Reflect.get(candidate, 'yield') === 'function'
    ? { yield: () => Reflect.apply(Reflect.get(candidate, 'yield'), candidate, []) }
    : undefined;
}

/**
 * Ends the current task so the browser can paint and handle input before start-up goes on:
 * start-up is several short tasks instead of one long one. `scheduler.yield()` keeps the
 * continuation ahead of other queued work where the browser has it.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = readScheduler();
  if (scheduler) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
