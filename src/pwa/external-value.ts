import { useSyncExternalStore } from 'react';

/** A value that lives outside React (a browser event, a service worker) and that components follow. */
export type ExternalValue<T> = {
  get: () => T;
  set: (next: T) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createExternalValue<T>(initial: T): ExternalValue<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useExternalValue<T>(source: ExternalValue<T>): T {
  return useSyncExternalStore(source.subscribe, source.get, source.get);
}
