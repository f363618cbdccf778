import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CramScreen } from '../../../../src/features/quiz/cram/CramScreen';
import type { DrillbookDb } from '../../../../src/storage/db';
import { saveScheduleRow } from '../../../../src/storage/schedule-repo';
import { makeScheduleRow } from '../../../storage/test-db';
import { renderAt } from '../../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../../support/test-database';
import { makeNetworkDeck, readQuestion, resetSessionState } from '../quiz-test-support';

let db: DrillbookDb;

beforeEach(async () => {
  resetSessionState();
  db = installTestDatabase();
  const alpha = makeDeck('alpha', 4);
  alpha.cards[2]?.tags.push('tricky');
  await seedDeck(db, alpha);
  await seedDeck(db, makeNetworkDeck());
});

describe('CramScreen', () => {
  it('goes through a deck in order by keyboard, with reveal, and leaves the schedule table alone', async () => {
    const user = userEvent.setup();
    const [first] = await db.cards.where('deckId').equals('alpha').toArray();
    await saveScheduleRow(db, makeScheduleRow(first?.id ?? '', 'alpha'));
    const scheduleBefore = await db.schedule.toArray();
    renderAt('/quiz/cram?deck=alpha', <CramScreen />);
    expect(await screen.findByRole('combobox', { name: 'Deck' })).toHaveValue('alpha');
    expect(screen.getByText('4 cards match.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start cram' }));

    for (const n of [1, 2, 3, 4]) {
      expect(await readQuestion()).toBe(`What is topic ${n}?`);
      expect(screen.getByText(`Card ${n} of 4`)).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Interview answer' })).toBeNull();
      await user.keyboard(' ');
      expect(await screen.findByRole('region', { name: 'Interview answer' })).toHaveTextContent(
        `Topic ${n} is answered here.`,
      );
      await user.keyboard('{Enter}');
    }
    expect(await screen.findByText(/you went through all 4 cards/)).toBeInTheDocument();
    expect(await db.schedule.toArray()).toEqual(scheduleBefore);
    expect(await db.reviews.count()).toBe(0);
  });

  it('crams a tag or a search result across decks, and shuffles with the seed', async () => {
    const user = userEvent.setup();
    renderAt('/quiz/cram?seed=5', <CramScreen />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Tag' }), 'tricky');
    expect(screen.getByText('1 card matches.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), '');
    await user.type(screen.getByRole('searchbox', { name: 'Search text' }), 'SERVER');
    // "server" is in the URL card's answer and in the load balancer's ("servers").
    expect(screen.getByText('2 cards match.')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search text' }));
    expect(screen.getByText('6 cards match.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Shuffled' }));
    await user.click(screen.getByRole('button', { name: 'Start cram' }));
    const order: string[] = [];
    for (let n = 0; n < 6; n += 1) {
      order.push(await readQuestion());
      await user.click(screen.getByRole('button', { name: 'Next card' }));
    }
    expect(new Set(order).size).toBe(6);
    const inOrder = [1, 2, 3, 4].map((n) => `What is topic ${n}?`);
    expect(order.filter((q) => q.startsWith('What is topic'))).not.toEqual(inOrder);
  });

  it('starts again at once with the selection last started, after a reload', async () => {
    const user = userEvent.setup();
    const first = renderAt('/quiz/cram?deck=alpha', <CramScreen />);
    expect(await screen.findByRole('combobox', { name: 'Deck' })).toHaveValue('alpha');
    await user.click(screen.getByRole('button', { name: 'Start cram' }));
    expect(await screen.findByText('Card 1 of 4')).toBeInTheDocument();
    await waitFor(async () => expect(await db.meta.get('quizChoice:cram')).toBeDefined());
    first.unmount();

    renderAt('/quiz/cram', <CramScreen />);
    expect(await screen.findByText('Card 1 of 4')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start cram' })).toBeNull();
  });
});

describe('CramScreen with a single deck', () => {
  it('starts at once on the whole deck, in order; the setup is one click away', async () => {
    const user = userEvent.setup();
    await db.decks.delete('net');
    await db.cards.where('deckId').equals('net').delete();
    renderAt('/quiz/cram', <CramScreen />);
    expect(await screen.findByText('Card 1 of 4')).toBeInTheDocument();
    expect(await readQuestion()).toBe('What is topic 1?');
    await user.click(screen.getByRole('button', { name: 'Change selection' }));
    expect(await screen.findByRole('button', { name: 'Start cram' })).toBeInTheDocument();
  });
});
