import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'wouter';
import { ModePicker } from '../../../components/ModePicker';
import {
  DEFAULT_QUESTION_COUNT,
  DEFAULT_SECONDS_PER_QUESTION,
  isMockFinished,
  type MockSetup as Setup,
} from '../../../domain/quiz/mock-session';
import { createQuizRandom, readQuizSeed } from '../shared/quiz-seed';
import { useQuizChoice } from '../shared/use-quiz-choice';
import { type QuizSources, useQuizSources } from '../shared/use-quiz-sources';
import { MockQuestion } from './MockQuestion';
import { MockSetup } from './MockSetup';
import { MockSummary } from './MockSummary';
import { type MockInterview, useMockInterview } from './use-mock-interview';
import { useSessionCards } from './use-session-cards';

/**
 * What a visit starts on without asking: the setup last used (if its decks are all still
 * there), or the defaults on the only deck. Null when there is a choice to make.
 */
function pickMockStart(sources: QuizSources, remembered: Setup | null): Setup | null {
  const isKnown = (deckId: string) => sources.decks.some((deck) => deck.id === deckId);
  if (remembered?.deckIds.every(isKnown)) return remembered;
  const only = sources.decks.length === 1 ? sources.decks[0] : undefined;
  if (!only) return null;
  return {
    deckIds: [only.id],
    tags: [],
    questionCount: DEFAULT_QUESTION_COUNT,
    secondsPerQuestion: DEFAULT_SECONDS_PER_QUESTION,
  };
}

/**
 * A timed mock interview: setup, one question at a time under the clock, then a summary. A
 * first visit starts at once with the last setup, or the defaults when there is one deck.
 */
export function MockScreen() {
  const [params] = useSearchParams();
  const deckId = params.get('deck');
  const interview = useMockInterview();
  const sources = useQuizSources();
  const [seed] = useState(() => readQuizSeed(params));
  const rounds = useRef(0);
  const choice = useQuizChoice('mock');
  const hasStarted = useRef(false);

  const start = (setup: Setup) => {
    if (!sources) return;
    hasStarted.current = true;
    rounds.current += 1;
    interview.start(setup, sources.cards, createQuizRandom(seed, rounds.current));
  };

  const remembered = choice.remembered;
  const isSetup = interview.phase === 'setup';
  // biome-ignore lint/correctness/useExhaustiveDependencies: starts once, when all is loaded
  useEffect(() => {
    if (interview.phase === 'interrupted') hasStarted.current = true;
    if (hasStarted.current || !isSetup || !sources || remembered === undefined) return;
    hasStarted.current = true;
    const setup = pickMockStart(sources, remembered);
    if (setup) start(setup);
  }, [isSetup, sources, remembered]);

  return (
    <>
      <h1>Mock interview</h1>
      <ModePicker deckId={deckId} />
      {interview.phase === 'loading' || (interview.phase === 'setup' && !sources) ? (
        <p role="status">Loading…</p>
      ) : interview.phase === 'setup' && sources ? (
        <MockSetup
          sources={sources}
          initialDeckId={deckId}
          onStart={(setup) => {
            choice.remember(setup);
            start(setup);
          }}
        />
      ) : interview.phase === 'finished' ? (
        <section className="card-panel">
          <p role="status">{interview.outcome}</p>
          <button type="button" className="primary" onClick={interview.restart}>
            Start another interview
          </button>
        </section>
      ) : (
        <MockInProgress interview={interview} />
      )}
    </>
  );
}

function MockInProgress({ interview }: { interview: MockInterview }) {
  const { session } = interview;
  const cards = useSessionCards(session);
  if (!session || !cards) return <p role="status">Loading…</p>;

  if (interview.phase === 'interrupted') {
    const where = isMockFinished(session)
      ? 'its summary is waiting'
      : `it stopped at question ${session.current + 1} of ${session.answers.length}`;
    return (
      <section className="card-panel" aria-labelledby="interrupted-title">
        <h2 id="interrupted-title">Unfinished interview</h2>
        <p>You have an unfinished mock interview: {where}.</p>
        <div className="actions">
          <button type="button" className="primary" onClick={interview.resume}>
            Resume interview
          </button>
          <button type="button" onClick={interview.discard}>
            Discard it
          </button>
        </div>
      </section>
    );
  }

  if (isMockFinished(session)) {
    return <MockSummary session={session} cards={cards} onFinish={interview.end} />;
  }
  const card = cards.get(session.answers[session.current]?.cardId ?? '');
  if (!card) {
    return (
      <p className="card-panel">
        This question's card no longer exists.{' '}
        <button type="button" onClick={interview.next}>
          Next question
        </button>
      </p>
    );
  }
  return (
    <MockQuestion
      key={`${session.id}:${session.current}`}
      session={session}
      card={card}
      onAnswer={interview.setAnswer}
      onDictate={interview.appendAnswer}
      onTime={interview.recordTime}
      onNext={interview.next}
      onChangeSetup={interview.discard}
    />
  );
}
