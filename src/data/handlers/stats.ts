import { defaultSchedulerSettings } from '../../domain/scheduler/settings';
import { computeReadiness, type Readiness } from '../../domain/stats/readiness';
import { calendarDateAt, daysBetween, interviewMomentOf } from '../../domain/stats/readiness-date';
import type { StatsReport } from '../../domain/stats/stats-report';
import {
  getInterviewDate,
  loadReadinessData,
  saveInterviewDate as storeInterviewDate,
} from '../../storage/readiness-repo';
import { getSchedulerSettings } from '../../storage/settings-repo';
import { loadStatsReport, type StatsListeners, watchStatsSources } from '../../storage/stats-repo';
import { loadStatsInWorker } from '../../workers/clients/stats-client';
import type { StatsTiming } from '../../workers/stats-messages';
import { readClock, readTimezoneOffset } from '../services/clock';
import { getDatabase } from '../services/database';

export type ReadinessState =
  | { status: 'no-date' }
  | { status: 'past'; date: string }
  | {
      status: 'ready';
      date: string;
      /** 0 today, 1 tomorrow, ... */
      daysAway: number;
      desiredRetention: number;
      readiness: Readiness;
    };

/** The remembered interview date, or null. */
async function interviewDate(): Promise<string | null> {
  return await getInterviewDate(getDatabase());
}

/** Readiness for an interview on `date` (null: no date chosen), with the stored settings. */
async function readiness({ date }: { date: string | null }): Promise<ReadinessState> {
  const db = getDatabase();
  const settings = await getSchedulerSettings(db, defaultSchedulerSettings);
  if (date === null) return { status: 'no-date' };
  const now = readClock();
  const daysAway = daysBetween(calendarDateAt(now, readTimezoneOffset(now)), date);
  if (daysAway < 0) return { status: 'past', date };
  const data = await loadReadinessData(db);
  // On the day itself, past noon, the prediction is for now: recall cannot be predicted backwards.
  const at = Math.max(now, readInterviewMoment(date));
  return {
    status: 'ready',
    date,
    daysAway,
    desiredRetention: settings.desiredRetention,
    readiness: computeReadiness({
      ...data,
      at,
      weights: settings.weights,
      desiredRetention: settings.desiredRetention,
    }),
  };
}

/** Noon on `date` in the offset in force at that moment (the second pass settles clock changes). */
function readInterviewMoment(date: string): number {
  const guess = interviewMomentOf(date, readTimezoneOffset(interviewMomentOf(date, 0)));
  return interviewMomentOf(date, readTimezoneOffset(guess));
}

async function saveInterviewDate({ date }: { date: string | null }): Promise<void> {
  await storeInterviewDate(getDatabase(), date);
}

let statsChangeCount = 0;

/**
 * A number that changes whenever the review aggregates or the schedule change: as a live
 * query, it tells the Stats screen to read its figures again (a year of aggregates, never the
 * review log).
 */
async function statsChanges(): Promise<number> {
  await watchStatsSources(getDatabase());
  statsChangeCount += 1;
  return statsChangeCount;
}

/**
 * The Stats screen's figures, read once. In a browser a worker reads and computes them, so a
 * year of reviews never blocks the page; where there is no worker (tests), or the worker cannot
 * start or fails, the page does the same work itself.
 */
async function loadStats({
  timing,
  listeners,
}: {
  timing: StatsTiming;
  listeners: StatsListeners;
}): Promise<StatsReport> {
  if (typeof Worker === 'function') {
    const report = await loadStatsInWorker(timing, listeners).catch(() => null);
    if (report !== null) return report;
  }
  const clock = { ...timing, tzOffsetAt: readTimezoneOffset };
  return await loadStatsReport(getDatabase(), clock, listeners);
}

export const queries = { interviewDate, readiness, loadStats, statsChanges };
export const commands = { saveInterviewDate };
