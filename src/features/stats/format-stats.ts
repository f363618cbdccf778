import type { RetentionPoint } from '../../domain/stats/retention';

const shortDate = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const longDate = new Intl.DateTimeFormat('en', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-11-26` as `Thu, Nov 26` (the date is a local calendar date, so it is read as UTC). */
export function formatDay(date: string): string {
  return formatDate(shortDate, date);
}

/** `2026-11-26` as `Nov 26, 2026`. */
export function formatLongDay(date: string): string {
  return formatDate(longDate, date);
}

function formatDate(format: Intl.DateTimeFormat, date: string): string {
  const at = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(at) ? '' : format.format(at);
}

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}

/** `87%`, or `no reviews` when nothing was measured. */
export function formatRate(point: Pick<RetentionPoint, 'rate'>): string {
  return point.rate === null ? 'no reviews' : `${Math.round(point.rate * 100)}%`;
}

/** `87% (26 of 30)`, or `no reviews of cards in review state`. */
export function describeRetention(point: RetentionPoint): string {
  return point.rate === null
    ? 'no reviews of cards in review state'
    : `${formatRate(point)} (${point.passed} of ${point.total})`;
}
