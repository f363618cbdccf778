import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { BrowseScreen } from '../../../src/features/browse/BrowseScreen';
import type { DrillbookDb } from '../../../src/storage/db';
import { renderAt } from '../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';
import { resetBrowseState } from './browse-test-support';

let db: DrillbookDb;

beforeEach(async () => {
  resetBrowseState();
  db = installTestDatabase();
  const deck = makeDeck('output', 3);
  const [first, ...rest] = deck.cards;
  if (!first) throw new Error('expected a card');
  const prompt = `What does this print?\n\n\`\`\`js\nconsole.log(typeof zanzibarValue);\n\`\`\`\n\n${'More words. '.repeat(40)}`;
  await seedDeck(db, { ...deck, cards: [{ ...first, prompt }, ...rest] });
});

describe('BrowseScreen and prompts', () => {
  it('finds a card by a word of its prompt, and shows the start of the prompt under its question', async () => {
    const user = userEvent.setup();
    renderAt('/browse', <BrowseScreen />);
    expect(await screen.findByText('3 cards.')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search cards' }), 'zanzibarValue');
    expect(await screen.findByText('1 card.')).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'Results' });
    expect(within(results).getByRole('link')).toHaveTextContent('What is topic 1?');
    const excerpt = within(results).getByText(/^What does this print\?/);
    expect(excerpt).toHaveTextContent(
      'What does this print? console.log(typeof zanzibarValue); More words.',
    );
    expect(excerpt.textContent?.endsWith('…')).toBe(true);
    expect(excerpt.textContent?.length).toBeLessThanOrEqual(120);
  });
});
