import { useEffect, useState } from 'react';
import { runAfterStartUp } from './after-start-up';

/**
 * False until start-up has settled (see runAfterStartUp): the badge and the reminders wait for
 * it, so their queries do not compete with the first screen for the main thread.
 */
export function useIdleStart(): boolean {
  const [isIdle, setIdle] = useState(false);
  useEffect(() => runAfterStartUp(() => setIdle(true)), []);
  return isIdle;
}
