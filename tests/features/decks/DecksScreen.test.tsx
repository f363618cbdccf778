import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { getDatabase } from '../../../src/data/services/database';
import { DeckScreen } from '../../../src/features/decks/DeckScreen';
import { DecksScreen } from '../../../src/features/decks/DecksScreen';
import { primeDeckOverview } from '../../../src/features/decks/use-deck-overview';
import { renderAt } from '../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';

function renderDecks() {
  return renderAt(
    '/',
    <Switch>
      <Route path="/" component={DecksScreen} />
      <Route path="/decks/:deckId" component={DeckScreen} />
    </Switch>,
  );
}

beforeEach(async () => {
  const db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
  await seedDeck(db, makeDeck('beta', 25));
});

describe('DecksScreen', () => {
  it('lists each deck with its card count, today counts and a review link', async () => {
    renderDecks();
    const alpha = (await screen.findByRole('link', { name: 'Deck alpha' })).closest('li');
    if (!alpha) throw new Error('deck row not found');
    expect(within(alpha).getByText('3 cards')).toBeInTheDocument();
    expect(within(alpha).getByText('3 new')).toBeInTheDocument();
    expect(within(alpha).getByRole('link', { name: 'Review Deck alpha' })).toHaveAttribute(
      'href',
      '/review?deck=alpha',
    );
    const beta = screen.getByRole('link', { name: 'Deck beta' }).closest('li');
    if (!beta) throw new Error('deck row not found');
    expect(within(beta).getByText('25 cards')).toBeInTheDocument();
    // All 25 wait as new; the daily limit applies in the review queue, not here.
    expect(within(beta).getByText('25 new')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Review all decks/ })).toHaveAttribute(
      'href',
      '/review',
    );
  });

  it('shows the overview read before start-up at once, never a loading message', async () => {
    await primeDeckOverview();
    renderDecks();
    expect(screen.queryByText('Loading decks…')).toBeNull();
    const alpha = screen.getByRole('link', { name: 'Deck alpha' }).closest('li');
    if (!alpha) throw new Error('deck row not found');
    expect(within(alpha).getByText('3 new')).toBeInTheDocument();
    // The screen goes on with the primed query: a deck added later still shows up.
    await seedDeck(getDatabase(), makeDeck('gamma', 2));
    expect(await screen.findByRole('link', { name: 'Deck gamma' })).toBeInTheDocument();
  });

  it('opens a deck on its first question, and Show answer reveals the interview answer', async () => {
    const user = userEvent.setup();
    renderDecks();
    await user.click(await screen.findByRole('link', { name: 'Deck alpha' }));
    const question = await screen.findByRole('region', { name: 'Question' });
    expect(question).toHaveTextContent('What is topic 1?');
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(screen.getByRole('region', { name: 'Interview answer' })).toHaveTextContent(
      'Topic 1 is answered here.',
    );
    await user.click(screen.getByRole('button', { name: 'Next card' }));
    expect(screen.getByRole('region', { name: 'Question' })).toHaveTextContent('What is topic 2?');
    expect(screen.queryByRole('region', { name: 'Interview answer' })).toBeNull();
  });
});
