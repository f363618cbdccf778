import { useEffect, useRef, useState } from 'react';
import { readClock } from '../../../data/services/clock';
import { describeStorageError } from '../../../data/services/errors';
import { send } from '../../../data/surface';
import type { StoredCard } from '../../../domain/card-types';
import {
  advanceMockSession,
  type MockSession,
  type MockSetup,
  selectMockCards,
  startMockSession,
  updateCurrentAnswer,
} from '../../../domain/quiz/mock-session';
import type { RandomSource } from '../../../domain/quiz/random';
import { useAppStore } from '../../../stores/app-store';

export type MockPhase = 'loading' | 'interrupted' | 'setup' | 'active' | 'finished';

function reportFailure(error: unknown): void {
  useAppStore.getState().showAlert(describeStorageError(error));
}

/**
 * The mock interview from setup to summary. Every change is saved as it happens, so a
 * reload finds the session again and offers to resume or discard it.
 */
export function useMockInterview() {
  const [phase, setPhase] = useState<MockPhase>('loading');
  const [session, setSession] = useState<MockSession | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const latest = useRef<MockSession | null>(null);

  useEffect(() => {
    let isCurrent = true;
    send('savedMockInterview')
      .then((stored) => {
        if (!isCurrent) return;
        latest.current = stored;
        setSession(stored);
        setPhase(stored ? 'interrupted' : 'setup');
      })
      .catch((error: unknown) => {
        reportFailure(error);
        if (isCurrent) setPhase('setup');
      });
    return () => {
      isCurrent = false;
    };
  }, []);

  const commit = (next: MockSession) => {
    latest.current = next;
    setSession(next);
    send('saveMockInterview', { session: next }).catch(reportFailure);
  };

  const change = (update: (current: MockSession) => MockSession) => {
    const current = latest.current;
    if (!current) return;
    const next = update(current);
    if (next !== current) commit(next);
  };

  const start = (setup: MockSetup, cards: readonly StoredCard[], random: RandomSource) => {
    const chosen = selectMockCards(cards, setup, random);
    if (chosen.length === 0) return;
    const id = crypto.randomUUID();
    const secondsPerQuestion = setup.secondsPerQuestion;
    commit(startMockSession({ id, cards: chosen, secondsPerQuestion, now: readClock() }));
    setPhase('active');
  };

  const end = (message: string) => {
    latest.current = null;
    setSession(null);
    setOutcome(message);
    setPhase('finished');
    send('clearMockInterview').catch(reportFailure);
  };

  return {
    phase,
    session,
    outcome,
    start,
    resume: () => setPhase('active'),
    discard: () => {
      end('');
      setPhase('setup');
    },
    setAnswer: (text: string) => change((s) => updateCurrentAnswer(s, { text })),
    appendAnswer: (text: string) =>
      change((s) => {
        const before = s.answers[s.current]?.text.trimEnd() ?? '';
        return updateCurrentAnswer(s, { text: before ? `${before} ${text}` : text });
      }),
    recordTime: (timeUsedMs: number) =>
      change((s) =>
        timeUsedMs > (s.answers[s.current]?.timeUsedMs ?? 0)
          ? updateCurrentAnswer(s, { timeUsedMs })
          : s,
      ),
    next: () => change(advanceMockSession),
    end,
    restart: () => setPhase('setup'),
  };
}

export type MockInterview = ReturnType<typeof useMockInterview>;
