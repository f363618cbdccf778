const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/**
 * The latest local `dayStartHour`:00 at or before `now`. `tzOffsetMinutes` has
 * `Date#getTimezoneOffset` semantics (UTC minus local time, so UTC+2 is -120).
 */
export function startOfStudyDay(
  now: number,
  dayStartHour: number,
  tzOffsetMinutes: number,
): number {
  const shift = tzOffsetMinutes * minuteMs + dayStartHour * hourMs;
  const sinceLocalDayStart = now - shift;
  return sinceLocalDayStart - mod(sinceLocalDayStart, dayMs) + shift;
}

/** The next study-day start after `now` (the offset is taken as constant over the day). */
export function nextStudyDayStart(
  now: number,
  dayStartHour: number,
  tzOffsetMinutes: number,
): number {
  return startOfStudyDay(now, dayStartHour, tzOffsetMinutes) + dayMs;
}

function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
