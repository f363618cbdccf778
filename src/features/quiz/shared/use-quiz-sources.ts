import type { QuizSources } from '../../../data/handlers/quiz';
import { useQuery } from '../../../data/use-query';

export type { QuizSources };

/** What a quiz can be set up from: the decks, the tags, and every active card. Undefined while loading. */
export function useQuizSources(): QuizSources | undefined {
  return useQuery('quizSources');
}
