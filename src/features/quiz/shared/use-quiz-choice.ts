import { useEffect, useState } from 'react';
import type { QuizChoiceMode, QuizChoices } from '../../../domain/quiz/quiz-choices';
import { loadQuizChoice, saveQuizChoice } from '../../../storage/quiz-repo';
import { describeStorageError } from '../../../storage/storage-errors';
import { useAppStore } from '../../../stores/app-store';
import { getDatabase } from '../../../stores/database';

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
    loadQuizChoice(getDatabase(), mode)
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
    saveQuizChoice(getDatabase(), mode, choice).catch(reportFailure);
  };
  return { remembered, remember };
}
