import { startOfStudyDay } from '../../domain/scheduler/study-day';

// The one place the app reads the clock; domain code receives what it reads.
export function readClock(): number {
  return Date.now();
}

export function readTimezoneOffset(at: number): number {
  return new Date(at).getTimezoneOffset();
}

export type StudyDay = { dayStart: number; dayEnd: number };

export function readStudyDay(now: number, dayStartHour: number): StudyDay {
  const dayStart = startOfStudyDay(now, dayStartHour, readTimezoneOffset(now));
  // The next start is computed in its own offset, so a day with a clock change is 23 or 25 hours.
  const probe = dayStart + 36 * 3_600_000;
  const dayEnd = startOfStudyDay(probe, dayStartHour, readTimezoneOffset(probe));
  return { dayStart, dayEnd };
}

// Timers longer than this overflow in browsers; a far-off due time just re-checks later.
const maxWakeDelayMs = 2 ** 31 - 1;

/**
 * How long to wait before looking at today's queue again: until the next card falls due, or
 * until a new study day brings new cards, whichever is first (plus a little, to be past it).
 */
export function readWakeDelay(nextDueAt: number | null, now: number, dayStartHour: number): number {
  const { dayEnd } = readStudyDay(now, dayStartHour);
  const wakeAt = Math.min(nextDueAt ?? dayEnd, dayEnd);
  return Math.min(Math.max(wakeAt - now, 0) + 50, maxWakeDelayMs);
}
