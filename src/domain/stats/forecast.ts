import { isNew } from '../card-state';
import type { ScheduleRow } from '../scheduler/types';
import { countStudyDays, findStudyDay, type StudyDays } from './study-days';

export type ForecastCard = Pick<ScheduleRow, 'due' | 'state' | 'buriedUntil'>;

export type ForecastDay = { date: string; due: number };

/** Cards due on each study day from today on; `overdue` of today's were due before it began. */
export type DueForecast = { days: ForecastDay[]; overdue: number; total: number };

/**
 * Cards that fall due on each of `days` (which start with today). Pass only cards that can be
 * shown (not suspended, not removed). New cards are not forecast; a buried card is due when
 * its burial ends; a card due before today counts on today.
 */
export function computeDueForecast(cards: Iterable<ForecastCard>, days: StudyDays): DueForecast {
  const counts = new Uint32Array(countStudyDays(days));
  const first = days.starts[0] ?? 0;
  let overdue = 0;
  for (const card of cards) {
    if (isNew(card.state)) continue;
    const due = Math.max(card.due, card.buriedUntil ?? card.due);
    if (due < first) {
      overdue += 1;
      counts[0] = (counts[0] ?? 0) + 1;
      continue;
    }
    const day = findStudyDay(days, due);
    if (day !== -1) counts[day] = (counts[day] ?? 0) + 1;
  }
  const forecast = [...counts].map((due, i) => ({ date: days.dates[i] ?? '', due }));
  return { days: forecast, overdue, total: forecast.reduce((sum, day) => sum + day.due, 0) };
}
