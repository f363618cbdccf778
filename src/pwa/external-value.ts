import { useSyncExternalStore } from 'react';
import type { ExternalValue } from '../domain/hub';

export function useExternalValue<T>(source: ExternalValue<T>): T {
  return useSyncExternalStore(source.subscribe, source.get, source.get);
}
