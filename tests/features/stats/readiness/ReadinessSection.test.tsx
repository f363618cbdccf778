import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { State } from '../../../../src/domain/card-state';
import type { CompiledCard, CompiledDeck } from '../../../../src/domain/card-types';
import type { ScheduleRow } from '../../../../src/domain/scheduler/types';
import { ReadinessSection } from '../../../../src/features/stats/readiness/ReadinessSection';
import { syncDecks } from '../../../../src/storage/bank-sync';
import { setCardStatus } from '../../../../src/storage/card-repo';
import type { DrillbookDb } from '../../../../src/storage/db';
import { getInterviewDate, saveInterviewDate } from '../../../../src/storage/readiness-repo';
import { saveScheduleRow } from '../../../../src/storage/schedule-repo';
import { renderAt } from '../../../support/render-at';
import { installTestDatabase } from '../../../support/test-database';

const DAY = 86_400_000;
// Local times, so the test reads the same in every time zone.
const NOW = new Date(2027, 0, 10, 9).getTime();
const INTERVIEW = '2027-01-20';
const INTERVIEW_NOON = new Date(2027, 0, 20, 12).getTime();

function makeCard(deckId: string, slug: string, tags: string[]): CompiledCard {
  return {
    id: `${deckId}/${slug}`,
    deckId,
    number: null,
    question: `What is ${slug}?`,
    answer: `${slug} is explained.`,
    sections: [],
    tags,
    source: { file: `${deckId}.md`, line: 1 },
  };
}

function makeDeck(id: string, cards: CompiledCard[]): CompiledDeck {
  return {
    deck: { id, title: `Deck ${id}`, description: '', tags: [], file: `${id}.md` },
    cards,
    diagnostics: [],
  };
}

/** A reviewed card: stability in days, last reviewed `daysBefore` the interview's noon. */
function reviewed(cardId: string, stability: number, daysBefore: number): ScheduleRow {
  return {
    cardId,
    deckId: 'alpha',
    due: INTERVIEW_NOON,
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 2,
    lapses: 0,
    state: State.Review,
    lastReview: INTERVIEW_NOON - daysBefore * DAY,
    buriedUntil: null,
  };
}

let db: DrillbookDb;

beforeEach(async () => {
  vi.spyOn(Date, 'now').mockReturnValue(NOW);
  db = installTestDatabase();
  await syncDecks(
    db,
    [
      makeDeck('alpha', [
        makeCard('alpha', 'caching', ['http']),
        makeCard('alpha', 'etags', ['http']),
        makeCard('alpha', 'indexes', []),
        makeCard('alpha', 'joins', ['sql']),
      ]),
      makeDeck('beta', [makeCard('beta', 'queues', ['http'])]),
    ],
    'import',
    NOW - 30 * DAY,
  );
  await setCardStatus(db, 'beta/queues', 'suspended');
  // FSRS-6 defaults: recall 0.81 at three times the stability, 0.90 at the stability.
  await saveScheduleRow(db, reviewed('alpha/caching', 2, 6));
  await saveScheduleRow(db, reviewed('alpha/joins', 10, 10));
});

afterEach(() => {
  vi.restoreAllMocks();
});

function renderSection() {
  return renderAt('/stats', <ReadinessSection />);
}

function pickDate(value: string) {
  fireEvent.change(screen.getByLabelText('Interview date'), { target: { value } });
}

function rowOf(tableName: string, rowName: string): string[] {
  const table = screen.getByRole('table', { name: tableName });
  const row = within(table).getByRole('row', { name: new RegExp(`^${rowName}\\b`) });
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('ReadinessSection', () => {
  it('explains what it does until a date is picked', async () => {
    renderSection();
    expect(await screen.findByText(/Pick the date of your interview/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Interview day' })).toBeInTheDocument();
    expect(screen.getByLabelText('Interview date')).toHaveValue('');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows predicted recall per deck and per tag, new cards counting 0, suspended left out', async () => {
    renderSection();
    await screen.findByLabelText('Interview date');
    pickDate(INTERVIEW);

    await screen.findByRole('table', { name: 'Predicted recall by deck' });
    // (0.81 + 0 + 0 + 0.90) / 4 = 0.43: the suspended beta card makes no deck row.
    expect(rowOf('Predicted recall by deck', 'Deck alpha')).toEqual(['4', '2', '43%']);
    expect(screen.queryByRole('row', { name: /Deck beta/ })).not.toBeInTheDocument();
    expect(rowOf('Predicted recall by tag', 'http')).toEqual(['2', '1', '40%']);
    expect(rowOf('Predicted recall by tag', 'sql')).toEqual(['1', '1', '90%']);
    expect(screen.getByText(/Overall predicted recall/)).toHaveTextContent(
      'Overall predicted recall: 43% of 4 active cards.',
    );
    expect(screen.getByText(/2 learned, 2 never studied/)).toHaveTextContent(
      'The learned cards alone: 85%.',
    );
    expect(screen.getByText(/in 10 days/)).toBeInTheDocument();
  });

  it('lists decayed cards first, then new ones, each linking to its card', async () => {
    renderSection();
    await screen.findByLabelText('Interview date');
    pickDate(INTERVIEW);

    const list = await screen.findByRole('list', { name: 'Study first' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'What is caching?',
      'What is etags?',
      'What is indexes?',
    ]);
    expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '/cards/alpha%2Fcaching',
    );
    expect(items[0]).toHaveTextContent('81% predicted recall');
    expect(items[1]).toHaveTextContent('never studied, 0%');
  });

  it('remembers the date, and shows it again when the section comes back', async () => {
    const first = renderSection();
    await screen.findByLabelText('Interview date');
    pickDate(INTERVIEW);
    await screen.findByRole('table', { name: 'Predicted recall by deck' });
    await vi.waitFor(async () => expect(await getInterviewDate(db)).toBe(INTERVIEW));
    first.unmount();

    renderSection();
    expect(await screen.findByDisplayValue(INTERVIEW)).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Predicted recall by deck' })).toBeVisible();
  });

  it('says so clearly when the date has passed, and predicts nothing for it', async () => {
    await saveInterviewDate(db, '2027-01-09');
    renderSection();
    expect(await screen.findByRole('alert')).toHaveTextContent(/has already passed/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("raises a deck's recall as soon as one of its new cards is reviewed", async () => {
    await saveInterviewDate(db, INTERVIEW);
    renderSection();
    await screen.findByRole('table', { name: 'Predicted recall by deck' });
    expect(rowOf('Predicted recall by deck', 'Deck alpha')).toEqual(['4', '2', '43%']);

    await saveScheduleRow(db, reviewed('alpha/etags', 10, 10));
    await vi.waitFor(() =>
      expect(rowOf('Predicted recall by deck', 'Deck alpha')).toEqual(['4', '3', '65%']),
    );
  });
});
