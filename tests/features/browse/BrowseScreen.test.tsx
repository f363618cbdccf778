import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { BrowseScreen } from '../../../src/features/browse/BrowseScreen';
import { CramScreen } from '../../../src/features/quiz/cram/CramScreen';
import { setCardStatus } from '../../../src/storage/card-repo';
import type { DrillbookDb } from '../../../src/storage/db';
import { useAppStore } from '../../../src/stores/app-store';
import { renderAt } from '../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';
import { makeNetworkDeck } from '../quiz/quiz-test-support';
import { rateInDatabase, resetBrowseState } from './browse-test-support';

let db: DrillbookDb;

beforeEach(async () => {
  resetBrowseState();
  db = installTestDatabase();
  const alpha = makeDeck('alpha', 3);
  alpha.cards[1]?.tags.push('tricky');
  await seedDeck(db, alpha);
  await seedDeck(db, makeNetworkDeck());
});

function renderBrowse(url = '/browse') {
  return renderAt(
    url,
    <Switch>
      <Route path="/browse" component={BrowseScreen} />
      <Route path="/quiz/cram" component={CramScreen} />
    </Switch>,
  );
}

function resultQuestions(): string[] {
  return within(screen.getByRole('list', { name: 'Results' }))
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('BrowseScreen', () => {
  it('lists every card, then searches as the user types, each result linking to its card', async () => {
    const user = userEvent.setup();
    renderBrowse();
    expect(await screen.findByText('5 cards.')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search cards' }), 'load bala');
    expect(await screen.findByText('1 card.')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'What is a load balancer?' });
    expect(link).toHaveAttribute('href', '/cards/net%2Fwhat-is-a-load-balancer');

    await user.clear(screen.getByRole('searchbox', { name: 'Search cards' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search cards' }), 'what is zebra');
    expect(
      await screen.findByText('No cards match. Too common to search: what, is.'),
    ).toBeVisible();
  });

  it('filters by state and follows suspensions and ratings made elsewhere', async () => {
    const user = userEvent.setup();
    renderBrowse('/browse?state=suspended');
    expect(await screen.findByText('No cards match.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'State' })).toHaveValue('suspended');

    await setCardStatus(db, 'alpha/what-is-topic-2', 'suspended');
    expect(await screen.findByRole('link', { name: 'What is topic 2?' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'learning');
    expect(await screen.findByText('No cards match.')).toBeInTheDocument();
    await rateInDatabase(db, 'net/what-happens-when-you-open-a-url', 3, Date.now());
    expect(
      await screen.findByRole('link', { name: 'What happens when you open a URL?' }),
    ).toBeVisible();
    expect(screen.getByText(/Networking · Learning · due in/)).toBeInTheDocument();
  });

  it('filters by deck and tag and sorts by question', async () => {
    const user = userEvent.setup();
    renderBrowse();
    await screen.findByRole('option', { name: 'Networking' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Deck' }), 'net');
    expect(await screen.findByText('2 cards.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Deck' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'tricky');
    expect(await screen.findByText('1 card.')).toBeInTheDocument();
    expect(resultQuestions()).toEqual(['What is topic 2?']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'question');
    await screen.findByText('5 cards.');
    expect(resultQuestions()).toEqual([
      'What happens when you open a URL?',
      'What is a load balancer?',
      'What is topic 1?',
      'What is topic 2?',
      'What is topic 3?',
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'desc');
    expect(await screen.findByRole('link', { name: 'What is topic 3?' })).toBeVisible();
    expect(resultQuestions()[0]).toBe('What is topic 3?');
  });

  it('pages through a large result fifty cards at a time', async () => {
    const user = userEvent.setup();
    await seedDeck(db, makeDeck('many', 70));
    renderBrowse('/browse?deck=many');
    expect(await screen.findByText('70 cards.')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    expect(resultQuestions()).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
    expect(resultQuestions()[0]).toBe('What is topic 51?');
    expect(resultQuestions()).toHaveLength(20);
  });

  it('crams exactly the current result, every page, in browse order', async () => {
    const user = userEvent.setup();
    renderBrowse('/browse?q=topic&sort=question&dir=desc');
    await user.click(await screen.findByRole('button', { name: 'Cram 3 cards' }));
    expect(await screen.findByText('Card 1 of 3')).toBeInTheDocument();
    expect(useAppStore.getState().cramCardIds).toEqual([
      'alpha/what-is-topic-3',
      'alpha/what-is-topic-2',
      'alpha/what-is-topic-1',
    ]);
    const question = screen.getByRole('region', { name: 'Question' });
    expect(within(question).getByRole('heading')).toHaveTextContent('What is topic 3?');
  });
});
