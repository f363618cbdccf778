import { useState } from 'react';
import { useLocation } from 'wouter';
import { toCramSelectionHref } from '../../components/routes';
import { send } from '../../data/surface';
import type { BrowseQuery } from '../../domain/browse/browse-types';
import { useAppStore } from '../../stores/app-store';

/** Hands the whole current result (every page, in order) to the cram screen and opens it. */
export function useCramResult(query: BrowseQuery | null) {
  const [, navigate] = useLocation();
  const setCramCardIds = useAppStore((s) => s.setCramCardIds);
  const [isStarting, setStarting] = useState(false);

  const startCram = async () => {
    if (query === null || isStarting) return;
    setStarting(true);
    try {
      const ids = await send('resultIds', { query });
      setCramCardIds(ids);
      navigate(toCramSelectionHref());
    } finally {
      setStarting(false);
    }
  };
  return { startCram, isStarting };
}
