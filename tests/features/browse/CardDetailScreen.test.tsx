import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { CardDetailScreen } from '../../../src/features/browse/CardDetailScreen';
import type { DrillbookDb } from '../../../src/storage/db';
import { renderAt } from '../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';
import { rateInDatabase, resetBrowseState } from './browse-test-support';

let db: DrillbookDb;
const cardId = 'alpha/what-is-topic-2';

beforeEach(async () => {
  resetBrowseState();
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
});

function renderDetail(id = cardId) {
  return renderAt(
    `/cards/${encodeURIComponent(id)}`,
    <Route path="/cards/:cardId" component={CardDetailScreen} />,
  );
}

function memory(): HTMLElement {
  return screen.getByRole('region', { name: 'Memory' });
}

describe('CardDetailScreen', () => {
  it('shows a new card, then its history and memory figures as soon as it is rated', async () => {
    renderDetail();
    expect(await screen.findByRole('heading', { name: 'Card details' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Question' })).getByRole('heading'),
    ).toHaveTextContent('What is topic 2?');
    expect(screen.getByRole('region', { name: 'Interview answer' })).toHaveTextContent(
      'Topic 2 is answered here.',
    );
    expect(screen.getByText('No reviews yet.')).toBeInTheDocument();
    expect(within(memory()).getByText('None yet: they start with the first rating.')).toBeVisible();

    await rateInDatabase(db, cardId, 3, Date.now() - 60_000);
    const history = await screen.findByRole('table');
    const rows = within(history).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(
      within(rows[1] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([expect.any(String), 'Good', 'Review', 'New', '7 s']);
    expect(within(memory()).getByText('Learning')).toBeVisible();
    expect(within(memory()).getByText('Stability').nextElementSibling?.textContent).toMatch(
      /^\d+\.\d days$/,
    );
    expect(within(memory()).getByText('Difficulty').nextElementSibling?.textContent).toMatch(
      /^\d+\.\d of 10$/,
    );
    expect(within(memory()).getByText('Retrievability').nextElementSibling?.textContent).toMatch(
      /^\d+%$/,
    );
  });

  it('suspends and unsuspends the card', async () => {
    const user = userEvent.setup();
    renderDetail();
    await user.click(await screen.findByRole('button', { name: 'Suspend' }));
    expect(await screen.findByText(/Card suspended/)).toBeInTheDocument();
    expect(await within(memory()).findByText('New (suspended)')).toBeVisible();
    expect((await db.cards.get(cardId))?.status).toBe('suspended');

    await user.click(screen.getByRole('button', { name: 'Unsuspend' }));
    expect(await screen.findByText(/Card unsuspended/)).toBeInTheDocument();
    expect((await db.cards.get(cardId))?.status).toBe('active');
  });

  it('buries the card until the next study day', async () => {
    const user = userEvent.setup();
    renderDetail();
    await user.click(await screen.findByRole('button', { name: 'Bury until tomorrow' }));
    expect(await screen.findByText(/Card buried until/)).toBeInTheDocument();
    const row = await db.schedule.get(cardId);
    expect(row?.buriedUntil).toBeGreaterThan(Date.now());
    expect(await within(memory()).findByText('Buried until')).toBeVisible();
  });

  it('resets a rated card after confirmation, as a rating-0 review', async () => {
    const user = userEvent.setup();
    await rateInDatabase(db, cardId, 3, Date.now() - 60_000);
    renderDetail();
    await user.click(await screen.findByRole('button', { name: 'Reset to new' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await db.reviews.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Reset to new' }));
    await user.click(screen.getByRole('button', { name: 'Confirm reset' }));
    expect(await screen.findByText(/Card reset to new/)).toBeInTheDocument();
    expect(await db.schedule.get(cardId)).toBeUndefined();
    const reviews = await db.reviews.where('cardId').equals(cardId).sortBy('reviewedAt');
    expect(reviews.map((review) => review.rating)).toEqual([3, 0]);
    expect(await screen.findByRole('cell', { name: 'Reset' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset to new' })).toBeNull();
  });

  it('says so when the card does not exist', async () => {
    renderDetail('alpha/no-such-card');
    expect(await screen.findByRole('heading', { name: 'Card not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Browse' })).toHaveAttribute('href', '/browse');
  });
});
