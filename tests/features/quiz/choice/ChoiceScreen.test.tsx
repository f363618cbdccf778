import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChoiceScreen } from '../../../../src/features/quiz/choice/ChoiceScreen';
import type { DrillbookDb } from '../../../../src/storage/db';
import { saveScheduleRow } from '../../../../src/storage/schedule-repo';
import { makeScheduleRow, NOW as now } from '../../../storage/test-db';
import { renderAt } from '../../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../../support/test-database';
import { nth, readQuestion, resetSessionState } from '../quiz-test-support';

let db: DrillbookDb;

beforeEach(async () => {
  resetSessionState();
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 6), now);
  await seedDeck(db, makeDeck('tiny', 3), now);
  // Every card of alpha has a schedule, so "unchanged" means rows kept exactly, not just none added.
  for (const card of await db.cards.where('deckId').equals('alpha').toArray()) {
    await saveScheduleRow(db, makeScheduleRow(card.id, 'alpha'));
  }
});

/** makeDeck's question "What is topic N?" has the answer "Topic N is answered here." */
async function findOptions() {
  const question = await readQuestion();
  const topic = /topic (\d+)/.exec(question)?.[1] ?? '';
  const options = within(screen.getByRole('list', { name: 'Candidate answers' })).getAllByRole(
    'button',
  );
  const correct = options.findIndex((o) => o.textContent?.includes(`Topic ${topic} is answered`));
  return { options, correct };
}

describe('ChoiceScreen', () => {
  it('offers four numbered options, answers with a number key, and records practice without touching the schedule', async () => {
    const user = userEvent.setup();
    renderAt('/quiz/choice?deck=alpha&seed=42', <ChoiceScreen />);
    const { options, correct } = await findOptions();
    expect(options.map((o) => o.textContent?.slice(0, 1))).toEqual(['1', '2', '3', '4']);
    expect(new Set(options.map((o) => o.textContent)).size).toBe(4);
    expect(correct).toBeGreaterThanOrEqual(0);
    const scheduleBefore = await db.schedule.toArray();

    await user.keyboard(String(correct + 1));
    expect(await screen.findByText(`Correct: option ${correct + 1}.`)).toBeInTheDocument();
    expect(options[correct]).toHaveTextContent('Correct, your choice');
    expect(screen.getByRole('region', { name: 'Interview answer' })).toBeInTheDocument();
    await waitFor(async () => expect(await db.reviews.count()).toBe(1));
    expect(await db.reviews.toArray()).toMatchObject([{ mode: 'choice', rating: 3 }]);
    expect(await db.schedule.toArray()).toEqual(scheduleBefore);

    // Next, by keyboard; a wrong answer says which one was right.
    await user.keyboard('{Enter}');
    expect(screen.getByText(/Question 2 of 6 · 1 of 1 correct/)).toBeInTheDocument();
    const second = await findOptions();
    const wrong = (second.correct + 1) % 4;
    await user.click(nth(second.options, wrong));
    expect(
      await screen.findByText(
        `Not quite: you chose option ${wrong + 1}; the answer is option ${second.correct + 1}.`,
      ),
    ).toBeInTheDocument();
    expect(second.options[wrong]).toHaveTextContent('Your choice, not correct');
    expect(second.options[second.correct]).toHaveTextContent('Correct answer');
    await waitFor(async () => expect(await db.reviews.count()).toBe(2));
    expect(await db.reviews.orderBy('reviewedAt').toArray()).toMatchObject([
      { rating: 3 },
      { mode: 'choice', rating: 1 },
    ]);
    expect(await db.schedule.toArray()).toEqual(scheduleBefore);
  });

  it('puts the correct option where the seed says, the same way every time', async () => {
    const positions: number[] = [];
    for (const _run of [1, 2]) {
      const { unmount } = renderAt('/quiz/choice?deck=alpha&seed=7', <ChoiceScreen />);
      positions.push((await findOptions()).correct);
      unmount();
    }
    expect(positions[0]).toBe(positions[1]);
  });

  it('shows the answer on request without recording anything', async () => {
    const user = userEvent.setup();
    renderAt('/quiz/choice?deck=alpha&seed=1', <ChoiceScreen />);
    const { correct } = await findOptions();
    await user.keyboard(' ');
    expect(await screen.findByText(`The answer is option ${correct + 1}.`)).toBeInTheDocument();
    await user.keyboard('1');
    expect(await db.reviews.count()).toBe(0);
  });

  it('says so when a deck has fewer than four cards', async () => {
    renderAt('/quiz/choice?deck=tiny', <ChoiceScreen />);
    expect(
      await screen.findByText(
        /This deck has fewer than 4 cards \(3\), so it cannot offer 4 options/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Question' })).toBeNull();
  });

  it('asks for a deck when opened without one', async () => {
    renderAt('/quiz/choice', <ChoiceScreen />);
    expect(await screen.findByRole('link', { name: 'Deck alpha' })).toHaveAttribute(
      'href',
      '/quiz/choice?deck=alpha',
    );
  });

  it('starts at once on the deck chosen last time, even after a reload', async () => {
    const first = renderAt('/quiz/choice?deck=alpha&seed=3', <ChoiceScreen />);
    await findOptions();
    // Saved in the background; the next visit must find it.
    await waitFor(async () =>
      expect((await db.meta.get('quizChoice:choice'))?.value).toEqual({ deckId: 'alpha' }),
    );
    first.unmount();

    renderAt('/quiz/choice?seed=3', <ChoiceScreen />);
    await findOptions();
    expect(screen.queryByRole('heading', { name: 'Choose a deck' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Change deck' })).toHaveAttribute(
      'href',
      '/quiz/choice?choose=1',
    );
  });
});

describe('ChoiceScreen with a single deck', () => {
  it('starts at once, without asking for a deck', async () => {
    await db.decks.delete('tiny');
    await db.cards.where('deckId').equals('tiny').delete();
    renderAt('/quiz/choice?seed=9', <ChoiceScreen />);
    await findOptions();
    expect(screen.queryByRole('heading', { name: 'Choose a deck' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Change deck' })).toBeNull();
  });
});

describe("ChoiceScreen with a bank's own options", () => {
  /** Two cards that bring their options (five and three), on a deck too small for distractors. */
  async function seedBankDeck(): Promise<void> {
    const deck = makeDeck('bank', 2);
    const [first, second] = deck.cards;
    if (!first || !second) throw new Error('expected two cards');
    const letters = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
    await seedDeck(
      db,
      {
        ...deck,
        cards: [
          {
            ...first,
            prompt: 'Given this code:\n\n```js\nconsole.log(typeof null);\n```',
            choices: letters.map((text, i) => ({ text: `Option ${text}`, correct: i === 4 })),
          },
          {
            ...second,
            prompt: 'Pick **two**.',
            choices: [
              { text: 'Yes one', correct: true },
              { text: 'No', correct: false },
              { text: 'Yes two', correct: true },
            ],
          },
        ],
      },
      now,
    );
  }

  it('shows the prompt with the question and offers all of the card’s own options, keys 1 to N', async () => {
    await seedBankDeck();
    const user = userEvent.setup();
    renderAt('/quiz/choice?deck=bank&seed=42', <ChoiceScreen />);
    // Whichever card comes first, answer it and go on to the five-option one.
    let question = await readQuestion();
    if (!question.includes('topic 1')) {
      await user.keyboard('1');
      await user.keyboard('{Enter}');
      question = await readQuestion();
    }
    expect(question).toContain('What is topic 1?');
    const region = screen.getByRole('region', { name: 'Question' });
    expect(region).toHaveTextContent('Given this code:');
    // Rendered as markdown (highlighted code), once the renderer has loaded.
    await waitFor(() => expect(region.querySelector('pre code')).toHaveTextContent('typeof null'));
    const options = within(screen.getByRole('list', { name: 'Candidate answers' })).getAllByRole(
      'button',
    );
    expect(options.map((o) => o.textContent)).toEqual([
      '1Option Alpha',
      '2Option Bravo',
      '3Option Charlie',
      '4Option Delta',
      '5Option Echo',
    ]);
    const reviewsBefore = await db.reviews.count();
    await user.keyboard('5');
    expect(await screen.findByText('Correct: option 5.')).toBeInTheDocument();
    await waitFor(async () => expect(await db.reviews.count()).toBe(reviewsBefore + 1));
    expect((await db.reviews.orderBy('reviewedAt').last())?.rating).toBe(3);
  });

  it('names every right option when the bank marks several, and ignores keys past the last option', async () => {
    await seedBankDeck();
    const user = userEvent.setup();
    renderAt('/quiz/choice?deck=bank&seed=42', <ChoiceScreen />);
    if (!(await readQuestion()).includes('topic 2')) {
      await user.keyboard('1');
      await user.keyboard('{Enter}');
    }
    expect(await readQuestion()).toContain('What is topic 2?');
    await user.keyboard('4');
    expect(screen.queryByText(/^(Not quite|Correct):/)).toBeNull();
    await user.keyboard('2');
    expect(
      await screen.findByText('Not quite: you chose option 2; the answers are options 1 and 3.'),
    ).toBeInTheDocument();
  });
});
