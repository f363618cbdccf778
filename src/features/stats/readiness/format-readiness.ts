/** A recall (0 to 1) as a whole percentage. */
export function formatPercent(recall: number): string {
  return `${Math.round(recall * 100)}%`;
}

/** `2027-01-15` as the reader's locale writes a day (read as UTC, so no offset can shift it). */
export function formatInterviewDay(date: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

export function describeDaysAway(daysAway: number): string {
  if (daysAway === 0) return 'today';
  if (daysAway === 1) return 'tomorrow';
  return `in ${daysAway} days`;
}
