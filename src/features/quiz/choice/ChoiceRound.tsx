import { useEffect, useRef } from 'react';
import { AnswerPanel } from '../../../components/card/AnswerPanel';
import { QuestionPanel } from '../../../components/card/QuestionPanel';
import { type KeyBindings, useKeyBindings } from '../../../components/use-key-bindings';
import type { StoredCard } from '../../../domain/card-types';
import {
  type ChoiceEntry,
  type ChoiceOption,
  MAX_KEYED_OPTIONS,
} from '../../../domain/quiz/choice';
import { ChoiceOptions } from './ChoiceOptions';
import { useChoiceQuiz } from './use-choice-quiz';

type Props = { entries: readonly ChoiceEntry<StoredCard>[]; seed: number };

function describeCorrect(correctIndexes: readonly number[]): string {
  const numbers = correctIndexes.map((index) => String(index + 1));
  if (numbers.length <= 1) return `the answer is option ${numbers[0] ?? '?'}`;
  return `the answers are options ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

function describeFeedback(
  picked: number | null,
  question: { options: readonly ChoiceOption[]; correctIndexes: readonly number[] },
): string {
  const correct = describeCorrect(question.correctIndexes);
  if (picked === null) return `${correct.charAt(0).toUpperCase()}${correct.slice(1)}.`;
  if (question.options[picked]?.isCorrect) return `Correct: option ${picked + 1}.`;
  return `Not quite: you chose option ${picked + 1}; ${correct}.`;
}

/** Keys 1 to 9 pick the option of that number, when there is one. */
function bindOptionKeys(optionCount: number, pick: (index: number) => void): KeyBindings {
  const count = Math.min(optionCount, MAX_KEYED_OPTIONS);
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [String(index + 1), () => pick(index)]),
  );
}

/** One pass through the deck: question, numbered options (keys 1 to N), instant feedback, next. */
export function ChoiceRound({ entries, seed }: Props) {
  const quiz = useChoiceQuiz(entries, seed);
  const nextButton = useRef<HTMLButtonElement>(null);
  const { question, isAnswered } = quiz;

  useKeyBindings({
    ...bindOptionKeys(question?.options.length ?? 0, quiz.pick),
    ' ': isAnswered ? quiz.next : quiz.reveal,
    enter: isAnswered ? quiz.next : quiz.reveal,
    n: isAnswered ? quiz.next : undefined,
  });

  useEffect(() => {
    if (isAnswered) nextButton.current?.focus();
  }, [isAnswered]);

  const scoreLine = `${quiz.score.correct} of ${quiz.score.answered} correct`;
  if (quiz.isDone || !question) {
    return (
      <section className="card-panel">
        <p role="status">
          <strong>Done:</strong> {scoreLine}.
        </p>
        <button type="button" className="primary" onClick={quiz.restart}>
          Start again
        </button>
      </section>
    );
  }

  return (
    <>
      <p className="meta">
        Question {quiz.position} of {quiz.total} · {scoreLine} so far
      </p>
      <QuestionPanel card={question.card} />
      <ChoiceOptions
        options={question.options}
        picked={quiz.picked}
        isAnswered={isAnswered}
        onPick={quiz.pick}
      />
      <p role="status" className="feedback">
        {isAnswered ? describeFeedback(quiz.picked, question) : ''}
      </p>
      {isAnswered ? (
        <>
          <div className="actions">
            <button type="button" className="primary" ref={nextButton} onClick={quiz.next}>
              Next question
            </button>
          </div>
          <AnswerPanel card={question.card} />
        </>
      ) : (
        <div className="actions">
          <button type="button" aria-keyshortcuts="Space Enter" onClick={quiz.reveal}>
            Show answer
          </button>
        </div>
      )}
    </>
  );
}
