import type { DueWindow } from '../../domain/browse/browse-params';
import type { BrowseSortKey, BrowseState, SortDirection } from '../../domain/browse/browse-types';
import { State } from '../../domain/card-state';
import { formatInterval } from '../../domain/scheduler/format-interval';
import type { CardState, ReviewMode, ReviewRating } from '../../domain/scheduler/types';

export const stateLabels: Record<BrowseState, string> = {
  new: 'New',
  learning: 'Learning',
  review: 'Review',
  suspended: 'Suspended',
};

export const cardStateLabels: Record<CardState, string> = {
  [State.New]: 'New',
  [State.Learning]: 'Learning',
  [State.Review]: 'Review',
  [State.Relearning]: 'Relearning',
};

export const ratingLabels: Record<ReviewRating, string> = {
  0: 'Reset',
  1: 'Again',
  2: 'Hard',
  3: 'Good',
  4: 'Easy',
};

export const modeLabels: Record<ReviewMode, string> = {
  review: 'Review',
  write: 'Write',
  mock: 'Mock interview',
  choice: 'Multiple choice',
  cram: 'Cram',
};

export const dueLabels: Record<DueWindow, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  week: 'Due within 7 days',
};

export const sortLabels: Record<BrowseSortKey, string> = {
  relevance: 'Best match',
  deck: 'Deck order',
  question: 'Question',
  due: 'Due date',
  retrievability: 'Retrievability',
  stability: 'Stability',
  difficulty: 'Difficulty',
  lastReview: 'Last review',
  lapses: 'Lapses',
};

export const directionLabels: Record<SortDirection, string> = {
  asc: 'Ascending',
  desc: 'Descending',
};

export function formatDateTime(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "due in 3d" or "due 2h ago": how far the due time is from now. */
export function formatDue(due: number, now: number): string {
  const distance = formatInterval(Math.abs(due - now));
  return due >= now ? `due in ${distance}` : `due ${distance} ago`;
}

export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function formatCount(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
