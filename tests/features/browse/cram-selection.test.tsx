import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CramScreen } from '../../../src/features/quiz/cram/CramScreen';
import { setCardStatus } from '../../../src/storage/card-repo';
import type { DrillbookDb } from '../../../src/storage/db';
import { useAppStore } from '../../../src/stores/app-store';
import { renderAt } from '../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';
import { resetBrowseState } from './browse-test-support';

let db: DrillbookDb;

beforeEach(async () => {
  resetBrowseState();
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 4));
});

async function readQuestion(): Promise<string> {
  const region = await screen.findByRole('region', { name: 'Question' });
  return within(region).getByRole('heading').textContent ?? '';
}

describe('Cram on a selection from Browse', () => {
  it('runs exactly the chosen cards in the chosen order, suspended ones included, and again', async () => {
    const user = userEvent.setup();
    await setCardStatus(db, 'alpha/what-is-topic-4', 'suspended');
    useAppStore
      .getState()
      .setCramCardIds(['alpha/what-is-topic-4', 'alpha/what-is-topic-1', 'alpha/gone']);
    renderAt('/quiz/cram?selection=1', <CramScreen />);

    expect(await screen.findByText('Card 1 of 2')).toBeInTheDocument();
    expect(await readQuestion()).toBe('What is topic 4?');
    await user.click(screen.getByRole('button', { name: 'Next card' }));
    expect(await readQuestion()).toBe('What is topic 1?');
    await user.click(screen.getByRole('button', { name: 'Next card' }));
    await user.click(await screen.findByRole('button', { name: 'Cram again' }));
    expect(await readQuestion()).toBe('What is topic 4?');
    expect(await db.reviews.count()).toBe(0);
  });

  it('shows the usual setup when there is no selection to run', async () => {
    renderAt('/quiz/cram?selection=1', <CramScreen />);
    expect(await screen.findByRole('button', { name: 'Start cram' })).toBeInTheDocument();
    expect(screen.getByText('4 cards match.')).toBeInTheDocument();
  });
});
