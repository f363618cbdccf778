// Things outside React (a live query, a service worker, a worker's status) tell the screens
// that follow them through useSyncExternalStore when they change: one listener set for all.

export type Subscribe = (listener: () => void) => () => void;

export type Hub = {
  /** Adds a listener; the function returned removes it. */
  subscribe: Subscribe;
  notify: () => void;
  hasListeners: () => boolean;
};

export function createHub(): Hub {
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify: () => {
      for (const listener of listeners) listener();
    },
    hasListeners: () => listeners.size > 0,
  };
}

/** A value that lives outside React and that components follow. */
export type ExternalValue<T> = {
  get: () => T;
  /** Replaces the value and tells the listeners, unless it is the same value. */
  set: (next: T) => void;
  subscribe: Subscribe;
};

export function createExternalValue<T>(initial: T): ExternalValue<T> {
  let value = initial;
  const hub = createHub();
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      hub.notify();
    },
    subscribe: hub.subscribe,
  };
}
