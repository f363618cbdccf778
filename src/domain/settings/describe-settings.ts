import { convertStepToMinutes } from '../scheduler/steps';
import type { Workload } from '../scheduler/workload';
import type { Theme } from './theme';

// What each setting does, in plain words, for the text beside its field.

/** "At 90%, you should remember about 9 in 10 cards when they come up." plus the workload. */
export function describeRetention(retention: number, workload?: Workload): string {
  const percent = Math.round(retention * 100);
  const inTen = Math.round(retention * 10);
  const recall =
    inTen === 10
      ? `At ${percent}%, you should remember almost every card when it comes up.`
      : `At ${percent}%, you should remember about ${inTen} in 10 cards when they come up.`;
  const tradeOff = 'Higher means shorter intervals and more reviews.';
  return workload === undefined
    ? `${recall} ${tradeOff}`
    : `${recall} ${tradeOff} ${describeWorkload(workload)}`;
}

/** "Expected workload: about 42 reviews a day over the next 30 days." */
export function describeWorkload(workload: Workload): string {
  const count = roundWorkload(workload.perDay);
  const noun = count === 1 ? 'review' : 'reviews';
  const basis =
    workload.basis === 'assumed' ? ' (assuming you add cards and learn new ones every day)' : '';
  return `Expected workload: about ${count} ${noun} a day over the next 30 days${basis}.`;
}

export function describeNewCardsLimit(limit: number): string {
  if (limit === 0) return 'No new cards: you only review cards you have already started.';
  const cards = limit === 1 ? '1 new card' : `${limit} new cards`;
  return `Up to ${cards} a day. Each one also comes back a few times while you learn it, and in the reviews of the following days.`;
}

export function describeReviewLimit(limit: number): string {
  if (limit === 0) return 'No reviews: cards that are due wait until you raise this limit.';
  return `At most ${limit} ${limit === 1 ? 'review' : 'reviews'} a day. Cards due beyond that wait for the next day, which makes the next day heavier.`;
}

/** "A new card comes back after 1 minute, then after 10 minutes, before daily reviews." */
export function describeSteps(steps: readonly string[], kind: 'learning' | 'relearning'): string {
  const subject = kind === 'learning' ? 'A new card' : 'A card you forget';
  if (steps.length === 0) {
    return kind === 'learning'
      ? 'No learning steps: a new card goes straight to daily reviews after you first rate it.'
      : 'No relearning steps: a card you forget goes straight back to daily reviews.';
  }
  const waits = steps.map((step) => `after ${formatStep(step)}`).join(', then ');
  return `${subject} comes back ${waits}, before it returns to daily reviews.`;
}

/** "A new study day starts at 04:00. Cards studied before then count for the day before." */
export function describeDayStart(hour: number): string {
  const time = formatHour(hour);
  if (hour === 0) return `A new study day starts at ${time}, at midnight.`;
  return `A new study day starts at ${time}. Studying after midnight but before ${time} still counts for the day before.`;
}

export function describeFuzz(isEnabled: boolean): string {
  return isEnabled
    ? 'On: intervals vary by a little, so cards learned together do not all fall due on the same day.'
    : 'Off: a card comes back exactly after its interval; cards learned together stay together.';
}

export function describeTheme(theme: Theme): string {
  switch (theme) {
    case 'system':
      return 'Follows your device: light or dark as the system is set.';
    case 'light':
      return 'Always light, whatever the device is set to.';
    case 'dark':
      return 'Always dark, whatever the device is set to.';
  }
}

/** "04:00" */
export function formatHour(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

function formatStep(step: string): string {
  const minutes = convertStepToMinutes(step);
  if (minutes % 1440 === 0) return plural(minutes / 1440, 'day');
  if (minutes % 60 === 0) return plural(minutes / 60, 'hour');
  return plural(minutes, 'minute');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function roundWorkload(perDay: number): number {
  // Three significant figures would claim a precision the estimate does not have.
  return perDay < 100 ? Math.round(perDay) : Math.round(perDay / 10) * 10;
}

/** A deck's own cap, or none: the global limit still caps all decks together. */
export function describeDeckLimit(limit: number | null, kind: 'new' | 'reviews'): string {
  if (limit === null)
    return 'Empty: no limit of its own; only the daily limit for all decks applies.';
  const noun = kind === 'new' ? 'new card' : 'review';
  const counted = `${limit} ${noun}${limit === 1 ? '' : 's'}`;
  return `At most ${counted} a day from this deck, within the daily limit for all decks.`;
}
