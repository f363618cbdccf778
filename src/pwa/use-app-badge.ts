import { useEffect, useState } from 'react';
import { useLiveQuery } from '../storage/live-query';
import { readClock, readStudyDay } from '../stores/clock';
import { getDatabase } from '../stores/database';
import { loadReviewSnapshot } from '../stores/review-session';
import { useSchedulerSettings } from '../stores/use-scheduler-settings';
import { type BadgeNavigator, hasAppBadge, showAppBadge } from './app-badge';

// Timers longer than this overflow; a far-off due time just re-checks later.
const maxWakeDelayMs = 2 ** 31 - 1;

type DueCount = { count: number; wakeAt: number };

/**
 * Keeps the app icon's badge at what is left today (the Review screen's count, all decks),
 * kept current as ratings are saved in any tab, as cards fall due, and as a new study day
 * starts. Does nothing where the browser has no Badging API.
 */
export function useAppBadge(nav: BadgeNavigator = navigator): void {
  const isSupported = hasAppBadge(nav);
  const settings = useSchedulerSettings();
  const [tick, setTick] = useState(0);
  const due = useLiveQuery(async (): Promise<DueCount | undefined> => {
    if (!isSupported || !settings) return undefined;
    const now = readClock();
    const { counts, nextDueAt } = await loadReviewSnapshot(getDatabase(), {
      now,
      settings,
      pinnedCardId: null,
    });
    // A new study day brings new cards even when nothing else falls due.
    const { dayEnd } = readStudyDay(now, settings.dayStartHour);
    const wakeAt = Math.min(nextDueAt ?? dayEnd, dayEnd);
    return { count: counts.new + counts.learning + counts.review, wakeAt };
  }, [isSupported, settings, tick]);

  const count = due?.count;
  useEffect(() => {
    if (count !== undefined) void showAppBadge(nav, count);
  }, [nav, count]);

  const wakeAt = due?.wakeAt;
  useEffect(() => {
    if (wakeAt === undefined) return;
    const delay = Math.min(Math.max(wakeAt - readClock(), 0) + 50, maxWakeDelayMs);
    const timer = setTimeout(() => setTick((t) => t + 1), delay);
    return () => clearTimeout(timer);
  }, [wakeAt]);
}
