import type { PracticeAnswer } from '../../../data/handlers/quiz';
import { describeStorageError } from '../../../data/services/errors';
import { send } from '../../../data/surface';
import { useAppStore } from '../../../stores/app-store';

/** Saves a practice answer in the background; a failure shows the app's alert, never a crash. */
export function savePracticeAnswer(answer: PracticeAnswer): void {
  send('recordPractice', answer).catch((error: unknown) => {
    useAppStore.getState().showAlert(describeStorageError(error));
  });
}
