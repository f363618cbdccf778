// Dexie's live queries for React, behind the storage layer: screens and stores observe the
// database through this module and never import a Dexie package themselves.
import { liveQuery } from 'dexie';
import { useLiveQuery as useDexieLiveQuery } from 'dexie-react-hooks';
import { createHub, type Subscribe } from '../domain/hub';

// Dexie follows the reads of a query through native awaits only when the query is itself an
// async function. A query that returns another function's promise (`() => loadX(db)`) would
// otherwise only see changes to what it read before that function's first await.
function asAsync<T>(query: () => Promise<T> | T): () => Promise<T> {
  return async () => await query();
}

/** dexie-react-hooks' useLiveQuery, for any query function, async or not. */
export function useLiveQuery<T>(
  querier: () => Promise<T> | T,
  deps: unknown[] = [],
): T | undefined {
  return useDexieLiveQuery(asAsync(querier), deps);
}

/** A live query's latest result, for React's useSyncExternalStore. */
export type LiveSource<T> = {
  /** Settles once the first result (or an error) is in. */
  ready: Promise<void>;
  read: () => T | undefined;
  readError: () => unknown;
  subscribe: Subscribe;
  /** Ends the query when nobody has subscribed (a started source that was never picked up). */
  stop: () => void;
};

/**
 * A live query for useSyncExternalStore. It runs while it has subscribers, and starts again
 * for a new one. `isStarted` runs it at once: its first read then happens before any
 * component needs it (ahead of the first render), and the component goes on with the same
 * query instead of reading again.
 */
export function createLiveSource<T>(
  query: () => Promise<T>,
  { isStarted = false }: { isStarted?: boolean } = {},
): LiveSource<T> {
  let value: T | undefined;
  let error: unknown;
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const hub = createHub();
  const notify = () => {
    markReady();
    hub.notify();
  };
  const start = () =>
    liveQuery(asAsync(query)).subscribe({
      next: (next) => {
        value = next;
        notify();
      },
      error: (failure: unknown) => {
        error = failure;
        notify();
      },
    });
  let subscription: { unsubscribe: () => void } | null = isStarted ? start() : null;
  const stop = () => {
    subscription?.unsubscribe();
    subscription = null;
  };
  return {
    ready,
    read: () => value,
    readError: () => error,
    subscribe: (listener) => {
      const unsubscribe = hub.subscribe(listener);
      subscription ??= start();
      return () => {
        unsubscribe();
        if (!hub.hasListeners()) stop();
      };
    },
    stop,
  };
}
