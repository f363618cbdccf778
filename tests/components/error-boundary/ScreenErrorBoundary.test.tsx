import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route, Switch } from 'wouter';
import { readCardOnScreen } from '../../../src/app/card-on-screen';
import { ScreenErrorBoundary } from '../../../src/components/error-boundary/ScreenErrorBoundary';
import { CardDetailScreen } from '../../../src/features/browse/CardDetailScreen';
import * as browseRepo from '../../../src/storage/browse-repo';
import type { DrillbookDb } from '../../../src/storage/db';
import { renderAt } from '../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';

vi.mock('../../../src/storage/browse-repo', async (importOriginal) => {
  const original = await importOriginal<typeof browseRepo>();
  return { ...original, loadCardDetail: vi.fn(original.loadCardDetail) };
});

const cardId = 'alpha/what-is-topic-2';
let db: DrillbookDb;

beforeEach(async () => {
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
  // A read that fails as a broken row would: the message carries markup and a stack.
  vi.mocked(browseRepo.loadCardDetail).mockRejectedValue(
    Object.assign(
      new Error('<html><body>Row 7 is unreadable</body></html>\n    at loadCardDetail'),
      {
        name: 'DataError',
      },
    ),
  );
});

afterEach(() => {
  vi.mocked(browseRepo.loadCardDetail).mockReset();
  vi.spyOn(console, 'error').mockRestore();
});

function renderScreens(url: string) {
  // React reports the caught error on the console; the test is about what the user sees.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  return renderAt(
    url,
    <ScreenErrorBoundary readCardId={readCardOnScreen}>
      <Switch>
        <Route path="/">
          <h1>Decks</h1>
        </Route>
        <Route path="/cards/:cardId" component={CardDetailScreen} />
      </Switch>
    </ScreenErrorBoundary>,
  );
}

describe('ScreenErrorBoundary', () => {
  it('shows what failed in plain words, without markup or a stack, when a screen query fails', async () => {
    renderScreens(`/cards/${encodeURIComponent(cardId)}`);
    const alert = await screen.findByRole('alert');
    expect(screen.getByRole('heading', { name: 'This screen could not be shown' })).toBeVisible();
    expect(alert).toHaveTextContent('Row 7 is unreadable');
    expect(alert.textContent).not.toMatch(/<html>|at loadCardDetail/);
    expect(screen.getByRole('link', { name: 'Back to Decks' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
  });

  it("offers to suspend the card page's card, which takes it out of reviews", async () => {
    const user = userEvent.setup();
    renderScreens(`/cards/${encodeURIComponent(cardId)}`);
    await user.click(await screen.findByRole('button', { name: 'Suspend this card' }));
    expect(await screen.findByText(/Card suspended/)).toBeVisible();
    expect((await db.cards.get(cardId))?.status).toBe('suspended');
  });

  it('clears once the user goes elsewhere', async () => {
    const user = userEvent.setup();
    renderScreens(`/cards/${encodeURIComponent(cardId)}`);
    await user.click(await screen.findByRole('link', { name: 'Back to Decks' }));
    expect(await screen.findByRole('heading', { name: 'Decks' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
