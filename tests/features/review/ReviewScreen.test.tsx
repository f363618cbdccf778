import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReviewScreen } from '../../../src/features/review/ReviewScreen';
import type { DrillbookDb } from '../../../src/storage/db';
import { useAppStore } from '../../../src/stores/app-store';
import { renderAt } from '../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';

let db: DrillbookDb;

function renderReview(deckId = 'alpha') {
  return renderAt(`/review?deck=${deckId}`, <ReviewScreen />);
}

async function currentQuestion(): Promise<string> {
  const region = await screen.findByRole('region', { name: 'Question' });
  return within(region).getByRole('heading').textContent ?? '';
}

beforeEach(async () => {
  useAppStore.setState({ alert: null });
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
});

describe('ReviewScreen', () => {
  it('shows the question, reveals the interview answer with Space, and offers ratings with intervals', async () => {
    const user = userEvent.setup();
    renderReview();
    expect(await currentQuestion()).toBe('What is topic 1?');
    expect(screen.queryByRole('region', { name: 'Interview answer' })).toBeNull();
    expect(screen.getByText(/3 left today: 3 new, 0 learning/)).toBeInTheDocument();

    await user.keyboard(' ');
    const answer = await screen.findByRole('region', { name: 'Interview answer' });
    expect(answer).toHaveTextContent('Topic 1 is answered here.');
    expect(screen.getByRole('button', { name: /^Again\s*1m/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Good\s*10m/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Hard/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Easy/ })).toBeInTheDocument();
    expect(screen.getByText('Concepts')).toBeInTheDocument();
  });

  it('rates with the number keys, records the review, and undoes it with U', async () => {
    const user = userEvent.setup();
    renderReview();
    await currentQuestion();
    await user.keyboard(' ');
    await screen.findByRole('region', { name: 'Interview answer' });
    await user.keyboard('3');

    expect(await screen.findByRole('heading', { name: 'What is topic 2?' })).toBeInTheDocument();
    expect(await screen.findByText(/2 new, 1 learning/)).toBeInTheDocument();
    const reviews = await db.reviews.toArray();
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ rating: 3, mode: 'review' });

    await user.keyboard('u');
    expect(await screen.findByRole('heading', { name: 'What is topic 1?' })).toBeInTheDocument();
    expect(await screen.findByText(/3 new, 0 learning/)).toBeInTheDocument();
    expect(await db.reviews.count()).toBe(0);
    expect(await db.schedule.count()).toBe(0);
  });

  it('ignores rating keys before the answer is shown', async () => {
    const user = userEvent.setup();
    renderReview();
    await currentQuestion();
    await user.keyboard('4');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(await db.reviews.count()).toBe(0);
    expect(await currentQuestion()).toBe('What is topic 1?');
  });

  it('says No cards due, with the next due time, when the day is done', async () => {
    const user = userEvent.setup();
    renderReview();
    for (const n of [1, 2, 3]) {
      expect(await currentQuestion()).toBe(`What is topic ${n}?`);
      await user.click(screen.getByRole('button', { name: 'Show answer' }));
      await user.click(await screen.findByRole('button', { name: /^Easy/ }));
      if (n < 3) await screen.findByRole('heading', { name: `What is topic ${n + 1}?` });
    }
    const done = await screen.findByText('No cards due');
    expect(done.closest('[role="status"]')).toHaveTextContent(/next card is due/);
    expect(await db.reviews.count()).toBe(3);
  });
});
