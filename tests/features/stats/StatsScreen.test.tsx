import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { State } from '../../../src/domain/card-state';
import type { ReviewRow } from '../../../src/domain/scheduler/types';
import { StatsScreen } from '../../../src/features/stats/StatsScreen';
import { listCardsByDeck } from '../../../src/storage/card-repo';
import type { DrillbookDb } from '../../../src/storage/db';
import { addReviews } from '../../../src/storage/review-log';
import { makeReview, makeScheduleRow } from '../../storage/test-db';
import { renderAt } from '../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';

// 10:30 UTC: whatever the machine's time zone, 10:20 and 10:25 fall in the same study day.
const now = Date.UTC(2026, 10, 26, 10, 30);
const minute = 60_000;
const day = 86_400_000;

let db: DrillbookDb;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3), now - 30 * day);
});

afterEach(() => {
  vi.useRealTimers();
  db.close();
});

function reviewOf(
  cardId: string,
  at: number,
  rating: 1 | 3,
  state: State = State.Review,
): ReviewRow {
  const before = makeScheduleRow(cardId, 'alpha', { state });
  return { ...makeReview(before, { cardId, deckId: 'alpha' }, at, rating), state };
}

async function seedReviews(): Promise<void> {
  const [first, second] = (await listCardsByDeck(db, 'alpha')).map((card) => card.id);
  if (first === undefined || second === undefined) throw new Error('seed failed');
  await db.schedule.bulkPut([
    makeScheduleRow(first, 'alpha', { due: now + 3 * day, scheduledDays: 30 }),
    makeScheduleRow(second, 'alpha', { due: now + 10 * minute, state: State.Learning }),
  ]);
  await addReviews(db, [
    reviewOf(first, now - day, 3),
    reviewOf(first, now - 10 * minute, 1),
    reviewOf(second, now - 5 * minute, 3, State.New),
    { ...reviewOf(second, now - 4 * minute, 3), mode: 'choice' },
  ]);
}

/** The texts of a table's last rows' cells (header cell first). */
function lastRows(table: HTMLElement, count: number): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(-count)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

/** A table by its caption (role queries are slow on a screen this size in jsdom). */
function tableCaptioned(caption: string): HTMLElement {
  const table = screen.getByText(caption, { selector: 'caption' }).closest('table');
  if (table === null) throw new Error(`no table captioned ${caption}`);
  return table;
}

function figureOf(term: string): string {
  const label = screen.getByText(term, { selector: 'dt' });
  return label.nextElementSibling?.textContent ?? '';
}

describe('StatsScreen', () => {
  it("shows today's reviews, the streak, retention and the readiness section", async () => {
    await seedReviews();
    renderAt('/stats', <StatsScreen />);
    await screen.findByText('Reviews today');
    expect(screen.getByText('Interview day', { selector: 'h2' })).toBeInTheDocument();
    expect(figureOf('Reviews today')).toBe('2');
    expect(figureOf('Practice answers today')).toBe('1');
    expect(figureOf('Streak')).toBe('2 days');
    expect(figureOf('Due today')).toBe('1');
    expect(figureOf('True retention, last 30 days')).toBe('50% (1 of 2)');
  });

  it('updates when a review lands while the screen is open', async () => {
    await seedReviews();
    renderAt('/stats', <StatsScreen />);
    await screen.findByText('Reviews today');
    expect(figureOf('Reviews today')).toBe('2');
    const [first] = (await listCardsByDeck(db, 'alpha')).map((card) => card.id);
    // As another tab or a sync would write it.
    await addReviews(db, [reviewOf(first ?? '', now - minute, 3)]);
    await waitFor(() => expect(figureOf('Reviews today')).toBe('3'));
    expect(figureOf('True retention, last 30 days')).toBe('67% (2 of 3)');
  });

  it('gives every chart a text alternative with its figures', async () => {
    await seedReviews();
    renderAt('/stats', <StatsScreen />);
    const heatmap = await screen.findByLabelText(/^3 reviews on 2 days\./);
    expect(heatmap).toHaveAttribute('role', 'img');
    expect(heatmap.closest('figure')).toHaveTextContent('Reviews in the last 53 weeks.');
    const weeks = tableCaptioned('Reviews per day, one row per week');
    // This week (Monday 23rd to Thursday 26th): yesterday 1, today 2, the rest not yet.
    expect(lastRows(weeks, 1)).toEqual([['Nov 23, 2026', '0', '0', '1', '2', '–', '–', '–']]);

    const perDay = tableCaptioned('Reviews per day');
    expect(lastRows(perDay, 1)).toEqual([['Thu, Nov 26', '2', '1']]);

    const forecast = screen.getByLabelText(/^2 cards due in the next 30 days; 1 today\./);
    expect(forecast).toBeInTheDocument();
    expect(
      screen.getByLabelText(
        '50% overall (1 of 2) over 2 days with reviews; lowest 0%, highest 100%.',
      ),
    ).toHaveAttribute('role', 'img');
    expect(
      screen.getByLabelText(
        '50% overall (1 of 2) over 1 week with reviews; lowest 50%, highest 50%.',
      ),
    ).toHaveAttribute('role', 'img');
    const byDay = tableCaptioned('True retention by day');
    expect(lastRows(byDay, 2)).toEqual([
      ['Wed, Nov 25', '1', '1', '100%'],
      ['Thu, Nov 26', '0', '1', '0%'],
    ]);
  });

  it('counts each deck by stage', async () => {
    await seedReviews();
    renderAt('/stats', <StatsScreen />);
    const row = (await screen.findByText('Deck alpha', { selector: 'th' })).closest('tr');
    if (row === null) throw new Error('no deck row');
    // New, learning, young, mature, cards.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '1', '0', '1', '3', '']);
  });

  it('says so when there is nothing to show yet', async () => {
    await db.decks.clear();
    renderAt('/stats', <StatsScreen />);
    expect(await screen.findByLabelText('No reviews yet.')).toBeInTheDocument();
    expect(figureOf('Streak')).toBe('0 days');
    expect(figureOf('True retention, last 30 days')).toBe('none yet');
    expect(screen.getByText('No decks yet.')).toBeInTheDocument();
  });
});
