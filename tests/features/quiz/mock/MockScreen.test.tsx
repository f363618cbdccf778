import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MockScreen } from '../../../../src/features/quiz/mock/MockScreen';
import type { DrillbookDb } from '../../../../src/storage/db';
import { loadMockSession } from '../../../../src/storage/quiz-repo';
import { saveScheduleRow } from '../../../../src/storage/schedule-repo';
import { makeScheduleRow } from '../../../storage/test-db';
import { renderAt } from '../../../support/render-at';
import { installTestDatabase, makeDeck, seedDeck } from '../../../support/test-database';
import { nth, readQuestion, resetSessionState } from '../quiz-test-support';
import { answerAndContinue, FakeRecognition, startInterview } from './mock-test-support';

let db: DrillbookDb;

beforeEach(async () => {
  resetSessionState();
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
  await seedDeck(db, makeDeck('beta', 4));
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(window, 'webkitSpeechRecognition');
});

function renderMock(query = '?deck=alpha&seed=3') {
  return renderAt(`/quiz/mock${query}`, <MockScreen />);
}

describe('MockScreen setup and clock', () => {
  it('defaults to 5 questions of 2:00, counts down visibly, and speaks only at 30 seconds left', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const user = userEvent.setup();
    renderMock();
    expect(await screen.findByRole('spinbutton', { name: 'Number of questions' })).toHaveValue(5);
    expect(screen.getByRole('combobox', { name: 'Time per question' })).toHaveDisplayValue('2:00');
    expect(screen.getByRole('checkbox', { name: 'Deck alpha' })).toBeChecked();
    expect(screen.getByText('3 questions from 3 matching cards.')).toBeInTheDocument();
    await startInterview(user);

    const timer = screen.getByRole('timer');
    const alert = screen.getByRole('status');
    expect(timer).toHaveTextContent('2:00');
    expect(alert).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(89_000));
    expect(timer).toHaveTextContent('0:31');
    expect(alert).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(1_000));
    expect(timer).toHaveTextContent('0:30');
    expect(alert).toHaveTextContent('30 seconds left');
    act(() => vi.advanceTimersByTime(10_000));
    expect(timer).toHaveTextContent('0:20');
    expect(alert).toHaveTextContent(/^30 seconds left$/);

    act(() => vi.advanceTimersByTime(20_000));
    expect(alert).toHaveTextContent('Time is up');
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Next question' })).toHaveFocus();
  });

  it('narrows by tags and decks, and can ask for fewer questions', async () => {
    const user = userEvent.setup();
    renderMock('');
    const count = await screen.findByRole('spinbutton', { name: 'Number of questions' });
    expect(screen.getByText('5 questions from 7 matching cards.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Deck beta' }));
    await user.clear(count);
    await user.type(count, '2');
    expect(screen.getByText('2 questions from 4 matching cards.')).toBeInTheDocument();
    await startInterview(user);
    expect(screen.getByText('Question 1 of 2')).toBeInTheDocument();
  });
});

describe('MockScreen summary', () => {
  it('shows each answer beside the interview answer with coverage, and without rating leaves the schedule unchanged', async () => {
    const user = userEvent.setup();
    const [card] = await db.cards.toArray();
    await saveScheduleRow(db, makeScheduleRow(card?.id ?? '', card?.deckId ?? ''));
    const scheduleBefore = await db.schedule.toArray();
    renderMock();
    await startInterview(user);
    expect(screen.queryByRole('button', { name: 'Dictate' })).toBeNull();
    await answerAndContinue(user, 'A topic answered well.');
    await answerAndContinue(user, 'Not sure.');
    await answerAndContinue(user, 'Topic');

    const items = within(
      await screen.findByRole('list', { name: 'Questions and answers' }),
    ).getAllByRole('article');
    expect(items).toHaveLength(3);
    const first = nth(items, 0);
    expect(within(first).getByRole('region', { name: 'Your typed answer' })).toHaveTextContent(
      'A topic answered well.',
    );
    expect(within(first).getByRole('region', { name: 'Interview answer' })).toHaveTextContent(
      /Topic \d is answered here./,
    );
    expect(within(first).getByRole('region', { name: 'Key terms' })).toHaveTextContent(
      /Key terms: 1 of 2 covered/,
    );

    await user.click(screen.getByRole('button', { name: 'Finish without rating' }));
    expect(await screen.findByText(/your schedule is unchanged/)).toBeInTheDocument();
    expect(await db.schedule.toArray()).toEqual(scheduleBefore);
    expect(await db.reviews.count()).toBe(0);
    await waitFor(async () => expect(await loadMockSession(db)).toBeNull());
  });

  it('Rate these feeds the chosen ratings to FSRS with mode mock', async () => {
    const user = userEvent.setup();
    renderMock();
    await startInterview(user);
    const topic = /topic (\d)/.exec(await readQuestion())?.[1];
    await answerAndContinue(user, `Term ${topic}: the topic, answered.`);
    await answerAndContinue(user, '');
    await answerAndContinue(user, '');

    await user.click(await screen.findByRole('button', { name: 'Rate these' }));
    const groups = await screen.findAllByRole('group');
    expect(groups).toHaveLength(3);
    expect(within(nth(groups, 0)).getByRole('radio', { name: /^Easy/ })).toBeChecked();
    expect(within(nth(groups, 1)).getByRole('radio', { name: /^Again/ })).toBeChecked();
    await user.click(within(nth(groups, 1)).getByRole('radio', { name: /^Hard/ }));
    await user.click(screen.getByRole('button', { name: 'Save ratings' }));

    // Three ratings, each in its own transaction, under a loaded CI machine: allow some time.
    const saved = await screen.findByText(
      'Saved 3 ratings to your schedule.',
      {},
      { timeout: 5000 },
    );
    expect(saved).toBeInTheDocument();
    const reviews = await db.reviews.orderBy('reviewedAt').toArray();
    expect(reviews.map((r) => [r.mode, r.rating])).toEqual([
      ['mock', 4],
      ['mock', 2],
      ['mock', 1],
    ]);
    expect(await db.schedule.count()).toBe(3);
  });
});

describe('MockScreen interruptions and dictation', () => {
  it('offers to resume an interview interrupted by a reload, or to discard it', async () => {
    const user = userEvent.setup();
    const first = renderMock();
    await startInterview(user);
    await answerAndContinue(user, 'first answer');
    await user.paste('half of the second');
    await waitFor(async () =>
      expect((await loadMockSession(db))?.answers[1]?.text).toBe('half of the second'),
    );
    first.unmount();

    const second = renderMock();
    expect(await screen.findByText(/it stopped at question 2 of 3/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume interview' }));
    expect(await screen.findByRole('textbox', { name: 'Your answer' })).toHaveValue(
      'half of the second',
    );
    second.unmount();

    renderMock();
    await user.click(await screen.findByRole('button', { name: 'Discard it' }));
    expect(await screen.findByRole('button', { name: 'Start interview' })).toBeInTheDocument();
    expect(await loadMockSession(db)).toBeNull();
  });

  it('dictates into the answer where the browser offers speech recognition', async () => {
    Reflect.set(window, 'webkitSpeechRecognition', FakeRecognition);
    const user = userEvent.setup();
    renderMock();
    await startInterview(user);
    const dictate = screen.getByRole('button', { name: 'Dictate' });
    await user.click(dictate);
    expect(FakeRecognition.last?.isStarted).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop dictation' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    act(() => FakeRecognition.last?.say('caches keep copies'));
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveValue('caches keep copies');
    await user.click(screen.getByRole('button', { name: 'Stop dictation' }));
    expect(FakeRecognition.last?.isStarted).toBe(false);
  });
});

describe('MockScreen starting at once', () => {
  it('starts with the defaults when there is a single deck, and can go to the setup', async () => {
    const user = userEvent.setup();
    await db.decks.delete('beta');
    await db.cards.where('deckId').equals('beta').delete();
    renderMock('?seed=3');
    expect(await screen.findByText('Question 1 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change setup' }));
    expect(await screen.findByRole('button', { name: 'Start interview' })).toBeInTheDocument();
  });

  it('starts with the setup last used, after a reload', async () => {
    const user = userEvent.setup();
    const first = renderMock();
    await user.clear(await screen.findByRole('spinbutton', { name: 'Number of questions' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Number of questions' }), '2');
    await startInterview(user);
    expect(screen.getByText('Question 1 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change setup' }));
    await screen.findByRole('button', { name: 'Start interview' });
    await waitFor(async () => expect(await db.meta.get('quizChoice:mock')).toBeDefined());
    first.unmount();

    renderMock('?seed=4');
    expect(await screen.findByText('Question 1 of 2')).toBeInTheDocument();
  });
});
