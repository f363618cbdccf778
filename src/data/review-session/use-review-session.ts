import { useCallback, useEffect, useRef, useState } from 'react';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import { describeStorageError } from '../../storage/storage-errors';
import { readClock, readWakeDelay } from '../services/clock';
import { getDatabase } from '../services/database';
import { createReviewSession, type ReviewSession } from './live-review-session';
import type { ReviewSnapshot } from './review-session';

/** What the review screens do to the session; each call ends with the next card shown. */
export type ReviewController = Pick<ReviewSession, 'rate' | 'undo'>;

export type LiveReview = { snapshot: ReviewSnapshot | undefined; controller: ReviewController };

/**
 * Today's queue and the card at its head, kept by a review session (live-review-session.ts):
 * read once, updated in memory by each rating, read again when another tab or screen writes,
 * at a new study day, after an undo and when the settings or decks change. A timer shows a
 * learning card again when its step is due, and the new day's queue when the day starts.
 * A failed read goes to `onError`, described for the user.
 */
export function useReviewSession(
  settings: SchedulerSettings | undefined,
  deckIds: string[] | undefined,
  onError: (message: string) => void,
): LiveReview {
  const reportError = useRef(onError);
  reportError.current = onError;
  const [snapshot, setSnapshot] = useState<ReviewSnapshot>();
  const [wakeUps, setWakeUps] = useState(0);
  const session = useRef<ReviewSession | null>(null);
  const deckKey = deckIds?.join('\n') ?? '';

  const showNext = useCallback(async () => {
    const current = session.current;
    if (current === null) return;
    try {
      const next = await current.next(readClock());
      if (session.current === current) setSnapshot(next);
    } catch (error) {
      reportError.current(describeStorageError(error));
    }
  }, []);

  useEffect(() => {
    if (settings === undefined) return;
    const scope = deckKey === '' ? { settings } : { settings, deckIds: deckKey.split('\n') };
    const created = createReviewSession(getDatabase(), scope, () => setWakeUps((n) => n + 1));
    session.current = created;
    void showNext();
    return () => {
      created.dispose();
      if (session.current === created) session.current = null;
    };
  }, [settings, deckKey, showNext]);

  useEffect(() => {
    if (wakeUps > 0) void showNext();
  }, [wakeUps, showNext]);

  const nextDueAt = snapshot?.nextDueAt ?? null;
  const dayStartHour = settings?.dayStartHour;
  // Each snapshot sets the timer again, so a screen left open wakes up day after day.
  // biome-ignore lint/correctness/useExhaustiveDependencies: snapshot re-arms the timer.
  useEffect(() => {
    if (dayStartHour === undefined) return;
    const delay = readWakeDelay(nextDueAt, readClock(), dayStartHour);
    const timer = setTimeout(() => setWakeUps((n) => n + 1), delay);
    return () => clearTimeout(timer);
  }, [nextDueAt, dayStartHour, snapshot]);

  const controller: ReviewController = {
    rate: async (request) => {
      const outcome = await requireSession(session.current).rate(request);
      await showNext();
      return outcome;
    },
    undo: async () => {
      const restored = await requireSession(session.current).undo();
      await showNext();
      return restored;
    },
  };
  return { snapshot, controller };
}

function requireSession(session: ReviewSession | null): ReviewSession {
  if (session === null) throw new Error('The review session has not started');
  return session;
}
