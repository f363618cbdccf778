import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewScreen } from '../../../src/features/review/ReviewScreen';
import type { DrillbookDb } from '../../../src/storage/db';
import { useAppStore } from '../../../src/stores/app-store';
import { renderAt } from '../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';

// The renderer fails on the first card's answer, as it did on answers nested 10,000 deep.
vi.mock('../../../src/components/markdown/LazyCardMarkdown', () => ({
  LazyCardMarkdown: ({ markdown }: { markdown: string }) => {
    if (markdown.includes('Topic 1 ')) throw new RangeError('Maximum call stack size exceeded');
    return <div className="markdown">{markdown}</div>;
  },
  preloadCardMarkdown: () => {},
}));

let db: DrillbookDb;

beforeEach(async () => {
  useAppStore.setState({ alert: null });
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
  // React reports the caught error on the console; the test is about what the user sees.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
});

async function revealFailingCard() {
  const user = userEvent.setup();
  renderAt('/review?deck=alpha', <ReviewScreen />);
  expect(await screen.findByRole('heading', { name: 'What is topic 1?' })).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Show answer' }));
  return user;
}

function questionHeading(): HTMLElement {
  return within(screen.getByRole('region', { name: 'Question' })).getByRole('heading');
}

describe('Review of a card that cannot be displayed', () => {
  it('says what failed, shows the answer as plain text, and still rates the card', async () => {
    const user = await revealFailingCard();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This card could not be displayed.');
    expect(alert).toHaveTextContent('nested too deeply');
    expect(alert).toHaveTextContent('Topic 1 is answered here.');
    expect(within(alert).getByRole('link', { name: 'Back to Decks' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: /^Good/ }));
    await vi.waitFor(() => expect(questionHeading()).toHaveTextContent('What is topic 2?'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await db.reviews.count()).toBe(1);
  });

  it('skips the card: the next one is shown and rated', async () => {
    const user = await revealFailingCard();
    await user.click(await screen.findByRole('button', { name: 'Skip this card' }));
    await vi.waitFor(() => expect(questionHeading()).toHaveTextContent('What is topic 2?'));
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    await user.click(await screen.findByRole('button', { name: /^Good/ }));
    await vi.waitFor(() => expect(questionHeading()).toHaveTextContent('What is topic 3?'));
    const reviews = await db.reviews.toArray();
    expect(reviews.map((r) => r.cardId)).toEqual(['alpha/what-is-topic-2']);
    expect((await db.schedule.get('alpha/what-is-topic-1'))?.buriedUntil).toBeGreaterThan(
      Date.now(),
    );
  });

  it('suspends the card: it leaves the queue', async () => {
    const user = await revealFailingCard();
    await user.click(await screen.findByRole('button', { name: 'Suspend this card' }));
    await vi.waitFor(() => expect(questionHeading()).toHaveTextContent('What is topic 2?'));
    expect((await db.cards.get('alpha/what-is-topic-1'))?.status).toBe('suspended');
    expect(screen.getByText(/2 left today/)).toBeVisible();
  });
});
