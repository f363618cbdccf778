import { useEffect, useRef } from 'react';
import { QuestionPanel } from '../../../components/card/QuestionPanel';
import type { StoredCard } from '../../../domain/card-types';
import {
  describeTimeAlert,
  formatCountdown,
  getTimeLimitMs,
  type MockSession,
} from '../../../domain/quiz/mock-session';
import { DictateButton } from './DictateButton';
import { useQuestionClock } from './use-question-clock';

type Props = {
  session: MockSession;
  card: StoredCard;
  onAnswer: (text: string) => void;
  onDictate: (text: string) => void;
  onTime: (timeUsedMs: number) => void;
  onNext: () => void;
  /** Drops this interview for the setup form: a mode that started at once can be set up too. */
  onChangeSetup: () => void;
};

/** One question under the clock: a visible countdown, and a spoken warning at 30 seconds left. */
export function MockQuestion({
  session,
  card,
  onAnswer,
  onDictate,
  onTime,
  onNext,
  onChangeSetup,
}: Props) {
  const answer = session.answers[session.current];
  const limitMs = getTimeLimitMs(session);
  const used = useQuestionClock(
    `${session.id}:${session.current}`,
    answer?.timeUsedMs ?? 0,
    limitMs,
  );
  const remaining = limitMs - used;
  const isTimeUp = remaining <= 0;
  const wholeSeconds = Math.floor(used / 1000);
  const box = useRef<HTMLTextAreaElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const latestOnTime = useRef(onTime);
  latestOnTime.current = onTime;
  const isLast = session.current === session.answers.length - 1;

  useEffect(() => {
    latestOnTime.current(wholeSeconds * 1000);
  }, [wholeSeconds]);

  useEffect(() => {
    box.current?.focus();
  }, []);

  useEffect(() => {
    // The answer box is closed now: the way on is the only thing left to do.
    if (isTimeUp) nextButton.current?.focus();
  }, [isTimeUp]);

  return (
    <>
      <div className="mock-status">
        <p className="meta">
          Question {session.current + 1} of {session.answers.length}
        </p>
        <p className={isTimeUp ? 'countdown is-up' : 'countdown'}>
          Time left: <span role="timer">{formatCountdown(remaining)}</span>
        </p>
      </div>
      <p role="status" className="time-alert">
        {describeTimeAlert(remaining, limitMs)}
      </p>
      <QuestionPanel card={card} />
      <div className="answer-box">
        <label htmlFor="mock-answer">Your answer</label>
        <textarea
          id="mock-answer"
          ref={box}
          rows={8}
          value={answer?.text ?? ''}
          readOnly={isTimeUp}
          onChange={(event) => onAnswer(event.target.value)}
        />
      </div>
      <div className="actions">
        {!isTimeUp && <DictateButton onText={onDictate} />}
        <button type="button" className="primary" ref={nextButton} onClick={onNext}>
          {isLast ? 'Finish interview' : 'Next question'}
        </button>
        <button type="button" onClick={onChangeSetup}>
          Change setup
        </button>
      </div>
    </>
  );
}
