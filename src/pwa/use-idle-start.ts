import { useEffect, useState } from 'react';

// Long enough for the first screen to settle, short enough that a reminder never seems late.
const IDLE_TIMEOUT_MS = 2000;

/**
 * False until the browser is first idle after mounting: the badge and the reminders wait for
 * it, so their queries do not compete with the first screen for the main thread.
 */
export function useIdleStart(): boolean {
  const [isIdle, setIdle] = useState(false);
  useEffect(() => {
    const start = () => setIdle(true);
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(start, 0);
    return () => window.clearTimeout(timer);
  }, []);
  return isIdle;
}
