import type { CramFilter } from './cram';
import type { MockSetup } from './mock-session';

/** The last setup of each quiz mode that has one, remembered so the mode starts at once. */
export type QuizChoices = {
  choice: { deckId: string };
  cram: CramFilter;
  mock: MockSetup;
};
export type QuizChoiceMode = keyof QuizChoices;

const maxQuestions = 50;
const maxSecondsPerQuestion = 3600;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isWholeIn(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
}

/** A remembered choice as stored, or null when it is missing or not one (never trusted as is). */
export function parseQuizChoice<M extends QuizChoiceMode>(
  mode: M,
  value: unknown,
): QuizChoices[M] | null {
  if (!isRecord(value)) return null;
  const parsed = parsers[mode](value);
  return parsed as QuizChoices[M] | null;
}

const parsers: {
  [M in QuizChoiceMode]: (value: Record<string, unknown>) => QuizChoices[M] | null;
} = {
  choice: ({ deckId }) => (typeof deckId === 'string' ? { deckId } : null),
  cram: ({ deckId, tag, search, order }) =>
    isStringOrNull(deckId) &&
    isStringOrNull(tag) &&
    typeof search === 'string' &&
    (order === 'in-order' || order === 'shuffled')
      ? { deckId, tag, search, order }
      : null,
  mock: ({ deckIds, tags, questionCount, secondsPerQuestion }) =>
    isStringList(deckIds) &&
    isStringList(tags) &&
    isWholeIn(questionCount, maxQuestions) &&
    isWholeIn(secondsPerQuestion, maxSecondsPerQuestion)
      ? { deckIds, tags, questionCount, secondsPerQuestion }
      : null,
};
