import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { WriteScreen } from '../../../src/features/quiz/write/WriteScreen';
import { ReviewScreen } from '../../../src/features/review/ReviewScreen';
import { renderAt } from '../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';

beforeEach(async () => {
  const db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
});

async function readQuestion(): Promise<string> {
  const region = await screen.findByRole('region', { name: 'Question' });
  return within(region).getByRole('heading').textContent ?? '';
}

describe('going from Review to Write', () => {
  it('shows the same card at the head of the queue with its answer hidden', async () => {
    const user = userEvent.setup();
    renderAt(
      '/review?deck=alpha',
      <Switch>
        <Route path="/review" component={ReviewScreen} />
        <Route path="/quiz/write" component={WriteScreen} />
      </Switch>,
    );
    expect(await readQuestion()).toBe('What is topic 1?');
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    await screen.findByRole('region', { name: 'Interview answer' });

    const modes = screen.getByRole('navigation', { name: 'Quiz modes' });
    await user.click(within(modes).getByRole('link', { name: 'Write' }));

    expect(await screen.findByRole('textbox', { name: 'Your answer' })).toBeInTheDocument();
    expect(await readQuestion()).toBe('What is topic 1?');
    expect(screen.queryByRole('region', { name: 'Interview answer' })).toBeNull();
  });
});
