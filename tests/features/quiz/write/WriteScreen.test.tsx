import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { State } from '../../../../src/domain/card-state';
import { WriteScreen } from '../../../../src/features/quiz/write/WriteScreen';
import type { DrillbookDb } from '../../../../src/storage/db';
import { renderAt } from '../../../support/render-at';
import { installTestDatabase, seedDeck } from '../../../support/test-database';
import { makeNetworkDeck, readQuestion, resetSessionState } from '../quiz-test-support';

let db: DrillbookDb;

beforeEach(async () => {
  resetSessionState();
  db = installTestDatabase();
  await seedDeck(db, makeNetworkDeck());
});

async function typeAndReveal(answer: string) {
  const user = userEvent.setup();
  renderAt('/quiz/write?deck=net', <WriteScreen />);
  expect(await readQuestion()).toBe('What happens when you open a URL?');
  const box = screen.getByRole('textbox', { name: 'Your answer' });
  await waitFor(() => expect(box).toHaveFocus());
  expect(screen.queryByRole('region', { name: 'Interview answer' })).toBeNull();
  // Pasted rather than typed key by key: the answer box is a plain textarea, and this keeps the test fast.
  await user.paste(answer);
  await user.keyboard('{Control>}{Enter}{/Control}');
  await screen.findByRole('region', { name: 'Interview answer' });
  return user;
}

function termStatuses(): string[] {
  const list = within(screen.getByRole('region', { name: 'Key terms' })).getAllByRole('listitem');
  return list.map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

describe('WriteScreen', () => {
  it('shows the typed answer beside the interview answer and marks each key term in words', async () => {
    await typeAndReveal('The browser looks up dns, then opens tcp connections to the servers.');

    expect(screen.getByRole('region', { name: 'Your typed answer' })).toHaveTextContent(
      'The browser looks up dns, then opens tcp connections to the servers.',
    );
    expect(screen.getByRole('region', { name: 'Interview answer' })).toHaveTextContent(
      'The browser resolves DNS to find the server IP',
    );
    const statuses = termStatuses();
    expect(statuses).toContain('✓ DNS covered');
    expect(statuses).toContain('✓ browser covered');
    expect(statuses).toContain('✗ server IP missed');
    expect(statuses.some((s) => s.startsWith('✗ TLS Handshake'))).toBe(true);
  });

  it('preselects the suggested rating, focused and marked, and Enter confirms it with mode write', async () => {
    const user = await typeAndReveal('no idea');

    const suggested = screen.getByRole('button', { name: /^Again/ });
    expect(suggested).toHaveFocus();
    expect(suggested).toHaveAccessibleDescription(/Suggested: Again, from 0 of \d+ key terms/);
    expect(screen.getByRole('button', { name: /^Good/ })).not.toHaveAccessibleDescription();

    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'What is a load balancer?' });
    const reviews = await db.reviews.toArray();
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ rating: 1, mode: 'write' });
    // Like a normal review, the rating moved the card into learning.
    expect(await db.schedule.get(reviews[0]?.cardId ?? '')).toMatchObject({
      state: State.Learning,
    });
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveFocus();
  });

  it('suggests Easy for a complete answer, and the keys 1-4 choose another rating', async () => {
    const user = await typeAndReveal(
      'The browser resolves DNS (DNS resolution), opens a TCP connection to the server IP after a TLS handshake.',
    );
    expect(screen.getByRole('button', { name: /^Easy/ })).toHaveFocus();

    await user.keyboard('3');
    await screen.findByRole('heading', { name: 'What is a load balancer?' });
    expect(await db.reviews.toArray()).toMatchObject([{ rating: 3, mode: 'write' }]);
  });
});
