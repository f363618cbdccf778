import { useEffect, useRef } from 'react';
import { AnswerPanel } from '../../../components/card/AnswerPanel';
import { QuestionPanel } from '../../../components/card/QuestionPanel';
import { useKeyBindings } from '../../../components/use-key-bindings';
import type { StoredCard } from '../../../domain/card-types';
import type { ChoiceEntry } from '../../../domain/quiz/choice';
import { ChoiceOptions } from './ChoiceOptions';
import { useChoiceQuiz } from './use-choice-quiz';

type Props = { entries: readonly ChoiceEntry<StoredCard>[]; seed: number };

function describeFeedback(picked: number | null, correctIndex: number): string {
  if (picked === null) return `The answer is option ${correctIndex + 1}.`;
  if (picked === correctIndex) return `Correct: option ${correctIndex + 1}.`;
  return `Not quite: you chose option ${picked + 1}; the answer is option ${correctIndex + 1}.`;
}

/** One pass through the deck: question, four options (keys 1-4), instant feedback, next. */
export function ChoiceRound({ entries, seed }: Props) {
  const quiz = useChoiceQuiz(entries, seed);
  const nextButton = useRef<HTMLButtonElement>(null);
  const { question, isAnswered } = quiz;

  useKeyBindings({
    '1': () => quiz.pick(0),
    '2': () => quiz.pick(1),
    '3': () => quiz.pick(2),
    '4': () => quiz.pick(3),
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
        {isAnswered ? describeFeedback(quiz.picked, question.correctIndex) : ''}
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
