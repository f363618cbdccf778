import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptimizerSection } from '../../../../src/features/settings/optimizer/OptimizerSection';
import type { DrillbookDb } from '../../../../src/storage/db';
import { installTestDatabase, makeDeck, seedDeck } from '../../../support/test-database';
import { addReviews } from './optimizer-test-support';

let db: DrillbookDb;

beforeEach(async () => {
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 2));
});

afterEach(() => db.close());

describe('OptimizerSection (Settings)', () => {
  it('disables Optimize below 400 reviews and says why, counting only scheduling reviews', async () => {
    await addReviews(db, 399);
    await addReviews(db, 5, 'choice');
    await addReviews(db, 5, 'cram');
    render(<OptimizerSection openOptimizer={() => {}} />);
    expect(
      await screen.findByText('Optimize needs at least 400 reviews; you have 399.'),
    ).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Optimize' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'Optimize needs at least 400 reviews; you have 399.',
    );
  });

  it('says so with no reviews at all', async () => {
    render(<OptimizerSection openOptimizer={() => {}} />);
    expect(
      await screen.findByText('Optimize needs at least 400 reviews; you have 0.'),
    ).toBeInTheDocument();
  });

  it('opens the optimizer page, which starts training, once there are 400 reviews', async () => {
    await addReviews(db, 400);
    const openOptimizer = vi.fn();
    render(<OptimizerSection openOptimizer={openOptimizer} />);
    const button = screen.getByRole('button', { name: 'Optimize' });
    await vi.waitFor(() => expect(button).toBeEnabled());
    expect(button).not.toHaveAccessibleDescription();
    expect(screen.queryByText(/needs at least 400 reviews/)).toBeNull();
    await userEvent.click(button);
    expect(openOptimizer).toHaveBeenCalledWith('/optimizer.html#start');
  });
});
