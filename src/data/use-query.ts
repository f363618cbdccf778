import { useCallback, useEffect, useState } from 'react';
import { createLiveSource, type LiveSource, useLiveQuery } from '../storage/live-query';
import {
  type ArgsOf,
  callHandler,
  findLoadedHandler,
  type HandlerName,
  type Handlers,
  loadHandler,
  type Queries,
  type ResultOf,
  send,
} from './surface';

export type QuerySource<T> = LiveSource<T>;

/** The handler for `name` once its area is loaded; undefined until then. */
function useHandler<K extends HandlerName>(name: K): Handlers[K] | undefined {
  const [loaded, setLoaded] = useState(() => ({ name, handler: findLoadedHandler(name) }));
  const [failure, setFailure] = useState<{ error: unknown }>();
  const handler = loaded.name === name ? loaded.handler : findLoadedHandler(name);
  useEffect(() => {
    if (handler !== undefined) return;
    let isCurrent = true;
    loadHandler(name).then(
      (next) => isCurrent && setLoaded({ name, handler: next }),
      (error: unknown) => isCurrent && setFailure({ error }),
    );
    return () => {
      isCurrent = false;
    };
  }, [name, handler]);
  if (failure) throw failure.error;
  return handler;
}

/**
 * A query's result, kept current: it runs again whenever a table it read changes, in this tab
 * or another. Undefined while loading. The arguments are compared by value (JSON), so a
 * screen may pass a fresh object at each render.
 */
export function useQuery<K extends keyof Queries>(
  name: K,
  ...args: ArgsOf<K>
): ResultOf<K> | undefined {
  const handler = useHandler(name);
  // The arguments are compared by value (key), not by identity.
  const key = JSON.stringify(args);
  return useLiveQuery<ResultOf<K> | undefined>(
    async () => (handler === undefined ? undefined : await callHandler<K>(handler, args)),
    [handler, key],
  );
}

/** A command (or a one-off query) to call from an event handler; its area loads with the screen. */
export function useCommand<K extends HandlerName>(
  name: K,
): (...args: ArgsOf<K>) => Promise<ResultOf<K>> {
  useHandler(name);
  return useCallback((...args: ArgsOf<K>) => send(name, ...args), [name]);
}

/**
 * A live query started outside React (ahead of the first render, say), for
 * useSyncExternalStore. Only for queries whose area loads with the app (Decks).
 */
export function createQuerySource<K extends keyof Queries>(
  name: K,
  args: ArgsOf<K>,
  options: { isStarted?: boolean } = {},
): QuerySource<ResultOf<K>> {
  const handler = findLoadedHandler(name);
  if (handler === undefined) throw new Error(`${name} is not loaded with the app`);
  return createLiveSource<ResultOf<K>>(async () => await callHandler<K>(handler, args), options);
}
