import { startOfStudyDay } from '../scheduler/study-day';

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** `Date#getTimezoneOffset` at an instant (UTC minus local time, in minutes). */
export type TimezoneOffsetAt = (at: number) => number;

export type StudyDayClock = {
  now: number;
  dayStartHour: number;
  tzOffsetAt: TimezoneOffsetAt;
};

/**
 * Consecutive study days: day i runs from `starts[i]` up to `starts[i + 1]` (so `starts` has
 * one more entry than there are days). `dates` are the local calendar dates the days begin on
 * (`YYYY-MM-DD`), `weekdays` their weekday, 0 Monday to 6 Sunday. `todayIndex` is the day
 * that holds `now`.
 */
export type StudyDays = {
  starts: readonly number[];
  dates: readonly string[];
  weekdays: readonly number[];
  todayIndex: number;
};

/**
 * `before` days before today, today, and `after` days after it. Each boundary is computed in
 * its own time zone offset, so a day with a clock change lasts 23 or 25 hours.
 */
export function listStudyDays(clock: StudyDayClock, before: number, after: number): StudyDays {
  const { now, dayStartHour, tzOffsetAt } = clock;
  const today = startOfStudyDay(now, dayStartHour, tzOffsetAt(now));
  const past: number[] = [];
  let start = today;
  for (let i = 0; i < before; i += 1) {
    // Half a day back is inside the previous study day, however long the clock change made it.
    const probe = start - 12 * hourMs;
    start = startOfStudyDay(probe, dayStartHour, tzOffsetAt(probe));
    past.push(start);
  }
  const starts = [...past.reverse(), today];
  start = today;
  for (let i = 0; i <= after; i += 1) {
    const probe = start + 36 * hourMs;
    start = startOfStudyDay(probe, dayStartHour, tzOffsetAt(probe));
    starts.push(start);
  }
  const localDays = starts.slice(0, -1).map((at) => toLocalEpochDay(at, tzOffsetAt(at)));
  return {
    starts,
    dates: localDays.map(formatEpochDay),
    weekdays: localDays.map(toWeekday),
    todayIndex: before,
  };
}

/** How many study days `days` covers. */
export function countStudyDays(days: StudyDays): number {
  return days.starts.length - 1;
}

/**
 * The index of the study day that holds `at`, or -1 when `at` is before the first day or
 * after the last. Starts from the guess a 24-hour day gives, then corrects it, so a lookup
 * costs a few comparisons at most.
 */
export function findStudyDay(days: StudyDays, at: number): number {
  const { starts } = days;
  const last = starts.length - 2;
  const first = starts[0];
  const end = starts[last + 1];
  if (first === undefined || end === undefined || at < first || at >= end) return -1;
  let index = Math.min(last, Math.floor((at - first) / dayMs));
  while (index > 0 && at < (starts[index] ?? 0)) index -= 1;
  while (index < last && at >= (starts[index + 1] ?? end)) index += 1;
  return index;
}

function toLocalEpochDay(at: number, tzOffsetMinutes: number): number {
  return Math.floor((at - tzOffsetMinutes * minuteMs) / dayMs);
}

function formatEpochDay(epochDay: number): string {
  return new Date(epochDay * dayMs).toISOString().slice(0, 10);
}

/** 1970-01-01 was a Thursday (3 when Monday is 0). */
function toWeekday(epochDay: number): number {
  return (((epochDay + 3) % 7) + 7) % 7;
}
