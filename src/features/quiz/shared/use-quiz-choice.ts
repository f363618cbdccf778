import { useEffect, useState } from 'react';
import { describeStorageError } from '../../../data/services/errors';
import { send } from '../../../data/surface';
import type { QuizChoiceMode, QuizChoices } from '../../../domain/quiz/quiz-choices';
import { useAppStore } from '../../../stores/app-store';

export type QuizChoice<M extends QuizChoiceMode> = {
  /** Undefined while loading, null when the mode was never set up on this device. */
  remembered: QuizChoices[M] | null | undefined;
  remember: (choice: QuizChoices[M]) => void;
};

function reportFailure(error: unknown): void {
  useAppStore.getState().showAlert(describeStorageError(error));
}

/** The setup a quiz mode was last started with, kept across reloads so the mode starts at once. */
export function useQuizChoice<M extends QuizChoiceMode>(mode: M): QuizChoice<M> {
  const [remembered, setRemembered] = useState<QuizChoices[M] | null | undefined>(undefined);

  useEffect(() => {
    let isCurrent = true;
    loadQuizChoice(mode)
      .then((choice) => {
        if (isCurrent) setRemembered(choice);
      })
      .catch((error: unknown) => {
        reportFailure(error);
        if (isCurrent) setRemembered(null);
      });
    return () => {
      isCurrent = false;
    };
  }, [mode]);

  const remember = (choice: QuizChoices[M]) => {
    setRemembered(choice);
    send('rememberQuizChoice', { mode, choice }).catch(reportFailure);
  };
  return { remembered, remember };
}

/** The surface's handlers are typed for every mode at once; the mode asked for is the one read. */
function loadQuizChoice<M extends QuizChoiceMode>(mode: M): Promise<QuizChoices[M] | null> {
  return send('quizChoice', { mode }) as Promise<QuizChoices[M] | null>;
}
