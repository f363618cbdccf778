import { useEffect, useState } from 'react';
import { loadSessionQueue } from '../data/review-session/review-session';
import { readClock, readWakeDelay } from '../data/services/clock';
import { getDatabase } from '../data/services/database';
import { useSchedulerSettings } from '../data/services/use-scheduler-settings';
import { viewSessionQueue } from '../domain/scheduler/session-queue';
import type { SchedulerSettings } from '../domain/scheduler/types';
import { watchQueueChanges } from '../storage/queue-changes';
import { type BadgeNavigator, hasAppBadge, showAppBadge } from './app-badge';

/**
 * The badge is counted from a full read of today's queue, which costs tens of milliseconds at
 * 100,000 cards. Re-counting after every rating would compete with the next rating's commit, so
 * the count waits until writes have paused this long.
 */
const defaultSettleMs = 1500;

type DueCount = { count: number; nextDueAt: number | null };

/**
 * Keeps the app icon's badge at what is left today (the Review screen's count, all decks),
 * kept current as ratings are saved in any tab, as cards fall due, and as a new study day
 * starts. Does nothing where the browser has no Badging API.
 */
export function useAppBadge(nav: BadgeNavigator = navigator, settleMs = defaultSettleMs): void {
  const isSupported = hasAppBadge(nav);
  const settings = useSchedulerSettings();
  const [tick, setTick] = useState(0);
  const [due, setDue] = useState<DueCount>();

  useEffect(() => {
    if (!isSupported) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchQueueChanges(
      getDatabase(),
      () => false,
      () => {
        clearTimeout(timer);
        timer = setTimeout(() => setTick((t) => t + 1), settleMs);
      },
    );
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [isSupported, settleMs]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each tick asks for a fresh count.
  useEffect(() => {
    if (!isSupported || !settings) return;
    let isCurrent = true;
    void countDue(settings).then((next) => {
      if (isCurrent) setDue(next);
    });
    return () => {
      isCurrent = false;
    };
  }, [isSupported, settings, tick]);

  const count = due?.count;
  useEffect(() => {
    if (count !== undefined) void showAppBadge(nav, count);
  }, [nav, count]);

  const dayStartHour = settings?.dayStartHour;
  // Each count sets the timer again, so a page left open wakes up day after day.
  useEffect(() => {
    if (due === undefined || dayStartHour === undefined) return;
    const delay = readWakeDelay(due.nextDueAt, readClock(), dayStartHour);
    const timer = setTimeout(() => setTick((t) => t + 1), delay);
    return () => clearTimeout(timer);
  }, [due, dayStartHour]);
}

/** Only the counts: no head card to read, no rating previews to compute. */
async function countDue(settings: SchedulerSettings): Promise<DueCount> {
  const now = readClock();
  const session = await loadSessionQueue(getDatabase(), { now, settings });
  const { queue, nextDueAt } = viewSessionQueue(session, now);
  const { counts } = queue;
  return { count: counts.new + counts.learning + counts.review, nextDueAt };
}
