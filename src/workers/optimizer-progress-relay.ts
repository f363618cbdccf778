import type { ProgressRelayStart } from './optimizer-progress-worker';

export type ProgressRelay = { stop: () => void };

/**
 * Starts the relay before training blocks this thread (a worker could not start while it is
 * blocked) and resolves once the relay is reading the counters at `pointer`.
 */
export function startProgressRelay(start: ProgressRelayStart): Promise<ProgressRelay> {
  const relay = new Worker(new URL('./optimizer-progress-worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise((resolve, reject) => {
    relay.addEventListener('message', () => resolve({ stop: () => relay.terminate() }), {
      once: true,
    });
    relay.addEventListener('error', (event) => {
      relay.terminate();
      reject(new Error(event.message || 'The progress relay could not start'));
    });
    relay.postMessage(start, [start.port]);
  });
}
