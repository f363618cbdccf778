import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSchedulerSettings } from '../../../../src/domain/scheduler/settings';
import { OptimizerPanel } from '../../../../src/features/settings/optimizer/OptimizerPanel';
import type { DrillbookDb } from '../../../../src/storage/db';
import { getSchedulerSettings } from '../../../../src/storage/settings-repo';
import { installTestDatabase, makeDeck, seedDeck } from '../../../support/test-database';
import {
  addReviews,
  createFakeJobs,
  optimizeResult,
  trainedWeights,
} from './optimizer-test-support';

let db: DrillbookDb;

beforeEach(async () => {
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 2));
  vi.stubGlobal('crossOriginIsolated', true);
});

afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

async function renderReadyPanel() {
  await addReviews(db, 400);
  const fake = createFakeJobs();
  render(<OptimizerPanel jobs={fake.jobs} />);
  const button = screen.getByRole('button', { name: 'Optimize' });
  await vi.waitFor(() => expect(button).toBeEnabled());
  return { fake, button };
}

describe('OptimizerPanel (the optimizer page)', () => {
  it('says the page is not isolated when the browser gives no SharedArrayBuffer', async () => {
    vi.stubGlobal('crossOriginIsolated', false);
    await addReviews(db, 400);
    render(<OptimizerPanel jobs={createFakeJobs().jobs} />);
    expect(await screen.findByText(/needs a cross-origin-isolated page/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Optimize' })).toBeDisabled();
  });

  it('trains with progress, compares, applies the weights and reschedules on request', async () => {
    const { fake, button } = await renderReadyPanel();
    await userEvent.click(button);
    const run = fake.optimizeRuns[0];
    expect(run?.settings).toEqual(defaultSchedulerSettings);
    run?.onProgress({ phase: 'training', fraction: 0.25 });
    const bar = await screen.findByRole('progressbar', { name: 'Training: 25%' });
    expect(bar).toHaveAttribute('value', '0.25');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(button).toBeDisabled();

    run?.resolve(optimizeResult);
    const table = await screen.findByRole('table', { name: /predicts your 400 reviews/ });
    const current = within(table).getByRole('row', { name: /Current \(FSRS defaults\)/ });
    const trained = within(table).getByRole('row', { name: /^New/ });
    expect(
      within(current)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0.4811', '5.38%']);
    expect(
      within(trained)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0.4688', '1.23%']);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText(/^0\.1000, 0\.2000, 0\.3000/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reschedule existing cards' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Apply parameters' }));
    expect(await screen.findByText(/Parameters applied/)).toBeInTheDocument();
    expect((await getSchedulerSettings(db, defaultSchedulerSettings)).weights).toEqual(
      trainedWeights,
    );
    expect(screen.getByRole('button', { name: 'Apply parameters' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Reschedule existing cards' }));
    expect(fake.rescheduleRuns[0]?.settings.weights).toEqual(trainedWeights);
    fake.rescheduleRuns[0]?.resolve(12);
    expect(await screen.findByText('Rescheduled 12 cards.')).toBeInTheDocument();
  });

  it('warns when the new parameters fit no better than the current ones', async () => {
    const { fake, button } = await renderReadyPanel();
    await userEvent.click(button);
    fake.optimizeRuns[0]?.resolve({
      ...optimizeResult,
      trained: { ...optimizeResult.trained, logLoss: 0.5 },
    });
    expect(await screen.findByText(/no better than the current ones/)).toBeInTheDocument();
  });

  it('Cancel stops training and leaves the parameters as they were', async () => {
    const { button } = await renderReadyPanel();
    await userEvent.click(button);
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Optimize cancelled.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(button).toBeEnabled();
    expect((await getSchedulerSettings(db, defaultSchedulerSettings)).weights).toBeNull();
  });

  it('reports a failed training as an alert', async () => {
    const { fake, button } = await renderReadyPanel();
    await userEvent.click(button);
    fake.optimizeRuns[0]?.reject(new Error('FSRS could not train on this history.'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Optimize failed: FSRS could not train on this history.',
    );
  });

  it('starts at once when Settings sent the user here, but only once', async () => {
    await addReviews(db, 400);
    const fake = createFakeJobs();
    const onStarted = vi.fn();
    const { rerender } = render(
      <OptimizerPanel jobs={fake.jobs} startAtOnce onStarted={onStarted} />,
    );
    await vi.waitFor(() => expect(fake.optimizeRuns).toHaveLength(1));
    rerender(<OptimizerPanel jobs={fake.jobs} startAtOnce onStarted={onStarted} />);
    expect(onStarted).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(fake.optimizeRuns).toHaveLength(1);
  });

  it('does not start at once below 400 reviews, and says why', async () => {
    await addReviews(db, 10);
    const fake = createFakeJobs();
    render(<OptimizerPanel jobs={fake.jobs} startAtOnce />);
    expect(
      await screen.findByText('Optimize needs at least 400 reviews; you have 10.'),
    ).toBeInTheDocument();
    expect(fake.optimizeRuns).toHaveLength(0);
  });
});
