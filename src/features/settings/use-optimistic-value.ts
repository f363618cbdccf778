import { useEffect, useState } from 'react';

/**
 * A stored value that shows the user's choice at once: a controlled radio, checkbox or select
 * would otherwise jump back until the database's live query brings the saved value.
 */
export function useOptimisticValue<T>(stored: T): [T, (value: T) => void] {
  const [chosen, setChosen] = useState<{ value: T } | null>(null);
  useEffect(() => {
    // The saved value has arrived (or another tab changed it): the store is right again.
    setChosen((current) => (current !== null && current.value === stored ? null : current));
  }, [stored]);
  return [chosen === null ? stored : chosen.value, (value: T) => setChosen({ value })];
}
