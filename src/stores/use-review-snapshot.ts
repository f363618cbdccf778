import { useEffect, useState } from 'react';
import type { SchedulerSettings } from '../domain/scheduler/types';
import { useLiveQuery } from '../storage/live-query';
import { useAppStore } from './app-store';
import { readClock } from './clock';
import { getDatabase } from './database';
import { loadReviewSnapshot, type ReviewSnapshot } from './review-session';

// Timers longer than this overflow in browsers; a far-off due time just re-checks later.
const maxWakeDelayMs = 2 ** 31 - 1;

/**
 * Today's queue and the card at its head, live across tabs. The query also re-runs when the
 * next card falls due, so a learning card comes back by itself after its step.
 */
export function useReviewSnapshot(
  settings: SchedulerSettings | undefined,
  deckIds: string[] | undefined,
): ReviewSnapshot | undefined {
  const pinnedCardId = useAppStore((s) => s.pinnedCardId);
  const [tick, setTick] = useState(0);
  const deckKey = deckIds?.join('\n') ?? '';
  const snapshot = useLiveQuery(
    () =>
      settings
        ? loadReviewSnapshot(getDatabase(), { now: readClock(), deckIds, settings, pinnedCardId })
        : undefined,
    // deckKey stands for deckIds; tick re-runs the query when time, not data, changed.
    [settings, deckKey, pinnedCardId, tick],
  );

  const nextDueAt = snapshot?.nextDueAt ?? null;
  useEffect(() => {
    if (nextDueAt === null) return;
    const delay = Math.min(Math.max(nextDueAt - readClock(), 0) + 50, maxWakeDelayMs);
    const timer = setTimeout(() => setTick((t) => t + 1), delay);
    return () => clearTimeout(timer);
  }, [nextDueAt]);

  return snapshot;
}
