import { type FormEvent, useState } from 'react';
import {
  DEFAULT_QUESTION_COUNT,
  DEFAULT_SECONDS_PER_QUESTION,
  type MockSetup as Setup,
  selectMockCards,
} from '../../../domain/quiz/mock-session';
import type { QuizSources } from '../shared/use-quiz-sources';
import { CheckboxGroup } from './CheckboxGroup';

const timeChoices = [60, 90, 120, 180, 300] as const;
const maxQuestions = 50;
// The setup only counts matching cards, so their order does not matter here.
const fixedRandom = () => 0;

type Props = {
  sources: QuizSources;
  initialDeckId: string | null;
  onStart: (setup: Setup) => void;
};

function formatSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Decks or tags, number of questions (default 5) and time per question (default 2:00). */
export function MockSetup({ sources, initialDeckId, onStart }: Props) {
  const known = sources.decks.some((deck) => deck.id === initialDeckId);
  const [deckIds, setDeckIds] = useState<string[]>(known && initialDeckId ? [initialDeckId] : []);
  const [tags, setTags] = useState<string[]>([]);
  const [count, setCount] = useState(String(DEFAULT_QUESTION_COUNT));
  const [seconds, setSeconds] = useState<number>(DEFAULT_SECONDS_PER_QUESTION);
  const questionCount = Math.min(maxQuestions, Math.max(1, Math.floor(Number(count)) || 1));
  const setup: Setup = { deckIds, tags, questionCount, secondsPerQuestion: seconds };
  const matching = selectMockCards(
    sources.cards,
    { ...setup, questionCount: Infinity },
    fixedRandom,
  );
  const asked = Math.min(matching.length, questionCount);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (asked > 0) onStart(setup);
  };

  return (
    <form className="quiz-setup" onSubmit={onSubmit}>
      <CheckboxGroup
        legend="Decks"
        hint="None checked: every deck."
        options={sources.decks.map((deck) => ({ value: deck.id, label: deck.title }))}
        selected={deckIds}
        onChange={setDeckIds}
      />
      {sources.tags.length > 0 && (
        <CheckboxGroup
          legend="Tags"
          hint="None checked: any tag."
          options={sources.tags.map((tag) => ({ value: tag, label: tag }))}
          selected={tags}
          onChange={setTags}
        />
      )}
      <label>
        Number of questions
        <input
          type="number"
          min={1}
          max={maxQuestions}
          value={count}
          onChange={(event) => setCount(event.target.value)}
        />
      </label>
      <label>
        Time per question
        <select value={seconds} onChange={(event) => setSeconds(Number(event.target.value))}>
          {timeChoices.map((choice) => (
            <option key={choice} value={choice}>
              {formatSeconds(choice)}
            </option>
          ))}
        </select>
      </label>
      <p role="status">
        {matching.length === 0
          ? 'No cards match these decks and tags.'
          : `${asked} ${asked === 1 ? 'question' : 'questions'} from ${matching.length} matching cards.`}
      </p>
      <button type="submit" className="primary" disabled={asked === 0}>
        Start interview
      </button>
    </form>
  );
}
