// The interview date as the user picks it: a local calendar day, stored as `YYYY-MM-DD`.

const minuteMs = 60_000;
const dayMs = 86_400_000;
/**
 * The time of day the prediction is for. The interview's hour is unknown; noon is the middle
 * of a working day, so the estimate is never off by more than half a day of forgetting.
 */
const interviewHour = 12;

type DayParts = { year: number; month: number; day: number };

/** The date if `value` is a real `YYYY-MM-DD` calendar day (2027-02-30 is not), else null. */
export function parseInterviewDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const parts = splitDate(value);
  if (parts === null) return null;
  const probe = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  const isRealDay =
    probe.getUTCFullYear() === parts.year &&
    probe.getUTCMonth() === parts.month - 1 &&
    probe.getUTCDate() === parts.day;
  return isRealDay ? value : null;
}

/**
 * Noon local time on `date`, as epoch ms. `tzOffsetMinutes` has `Date#getTimezoneOffset`
 * semantics (UTC minus local time) and should be the offset in force on that day.
 */
export function interviewMomentOf(date: string, tzOffsetMinutes: number): number {
  return utcMidnightOf(date) + interviewHour * 60 * minuteMs + tzOffsetMinutes * minuteMs;
}

/** The local calendar day (`YYYY-MM-DD`) that contains `at`. */
export function calendarDateAt(at: number, tzOffsetMinutes: number): string {
  const local = new Date(at - tzOffsetMinutes * minuteMs);
  const year = String(local.getUTCFullYear()).padStart(4, '0');
  const month = String(local.getUTCMonth() + 1).padStart(2, '0');
  const day = String(local.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnightOf(to) - utcMidnightOf(from)) / dayMs);
}

function utcMidnightOf(date: string): number {
  const parts = splitDate(date);
  if (parts === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day);
}

function splitDate(value: string): DayParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}
