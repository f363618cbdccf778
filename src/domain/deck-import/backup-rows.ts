import { MAX_CARD_CHOICES, MAX_CHOICE_TEXT_CHARS, MAX_PROMPT_CHARS } from '../card-limits';
import { State } from '../card-state';
import type { CardChoice, CardSection, DeckRow, StoredCard } from '../card-types';
import { readDeviceId } from '../scheduler/device';
import type { ReviewRow, ScheduleRow } from '../scheduler/types';
import type { BackupSetting } from './backup-format';
import {
  addProblem,
  createFieldReader,
  type FieldProblems,
  type FieldReader,
  isRecord,
} from './field-reader';

const DECK_SOURCES = ['import', 'builtin'] as const;
const CARD_STATUSES = ['active', 'suspended', 'removed'] as const;
const CARD_STATES = [State.New, State.Learning, State.Review, State.Relearning] as const;
const REVIEW_RATINGS = [0, 1, 2, 3, 4] as const;
const REVIEW_MODES = ['review', 'write', 'mock', 'choice', 'cram'] as const;

type RowReader<T> = (value: unknown, path: string, problems: FieldProblems) => T | null;

function withRecord<T>(
  build: (
    read: FieldReader,
    record: Record<string, unknown>,
    path: string,
    problems: FieldProblems,
  ) => T,
): RowReader<T> {
  return (value, path, problems) => {
    if (!isRecord(value)) {
      addProblem(problems, `${path} should be an object`);
      return null;
    }
    return build(createFieldReader(value, path, problems), value, path, problems);
  };
}

export const readDeckRow: RowReader<DeckRow> = withRecord((read) => ({
  id: read.string('id'),
  title: read.string('title'),
  description: read.string('description'),
  tags: read.strings('tags'),
  source: read.oneOf('source', DECK_SOURCES),
  fileName: read.string('fileName'),
  importedAt: read.number('importedAt'),
  contentHash: read.string('contentHash'),
}));

export const readCardRow: RowReader<StoredCard> = withRecord((read, record, path, problems) => ({
  id: read.string('id'),
  deckId: read.string('deckId'),
  number: read.nullableNumber('number'),
  question: read.string('question'),
  ...readPrompt(record.prompt, `${path}.prompt`, problems),
  answer: read.string('answer'),
  sections: readSections(record.sections, `${path}.sections`, problems),
  ...readChoices(record.choices, `${path}.choices`, problems),
  tags: read.strings('tags'),
  source: readSource(record.source, `${path}.source`, problems),
  position: read.number('position'),
  contentHash: read.string('contentHash'),
  status: read.oneOf('status', CARD_STATUSES),
  previousIds: read.strings('previousIds'),
}));

export const readScheduleRow: RowReader<ScheduleRow> = withRecord((read) => ({
  cardId: read.string('cardId'),
  deckId: read.string('deckId'),
  due: read.number('due'),
  stability: read.number('stability'),
  difficulty: read.number('difficulty'),
  elapsedDays: read.number('elapsedDays'),
  scheduledDays: read.number('scheduledDays'),
  learningSteps: read.number('learningSteps'),
  reps: read.number('reps'),
  lapses: read.number('lapses'),
  state: read.oneOf('state', CARD_STATES),
  lastReview: read.nullableNumber('lastReview'),
  buriedUntil: read.nullableNumber('buriedUntil'),
}));

export const readReviewRow: RowReader<ReviewRow> = withRecord((read, record, path, problems) => ({
  id: read.string('id'),
  cardId: read.string('cardId'),
  deckId: read.string('deckId'),
  rating: read.oneOf('rating', REVIEW_RATINGS),
  mode: read.oneOf('mode', REVIEW_MODES),
  reviewedAt: read.number('reviewedAt'),
  durationMs: read.number('durationMs'),
  deviceId: readDeviceId(record.deviceId),
  state: read.oneOf('state', CARD_STATES),
  due: read.number('due'),
  stability: read.number('stability'),
  difficulty: read.number('difficulty'),
  elapsedDays: read.number('elapsedDays'),
  lastElapsedDays: read.number('lastElapsedDays'),
  scheduledDays: read.number('scheduledDays'),
  learningSteps: read.number('learningSteps'),
  before:
    record.before === null ? null : readScheduleRow(record.before, `${path}.before`, problems),
}));

export const readSettingRow: RowReader<BackupSetting> = withRecord((read, record) => ({
  key: read.string('key'),
  value: record.value ?? null,
}));

function readSections(value: unknown, path: string, problems: FieldProblems): CardSection[] {
  if (!Array.isArray(value)) {
    addProblem(problems, `${path} should be a list`);
    return [];
  }
  return value.flatMap((item, i) => {
    const section = withRecord((read) => ({
      title: read.string('title'),
      markdown: read.string('markdown'),
    }))(item, `${path}[${i}]`, problems);
    return section === null ? [] : [section];
  });
}

function readSource(value: unknown, path: string, problems: FieldProblems): StoredCard['source'] {
  const source = withRecord((read) => ({ file: read.string('file'), line: read.number('line') }))(
    value,
    path,
    problems,
  );
  return source ?? { file: '', line: 0 };
}

/** A prompt, kept only when the row has one: rows from before prompts existed have none. */
function readPrompt(value: unknown, path: string, problems: FieldProblems): { prompt?: string } {
  if (value === undefined) return {};
  if (typeof value !== 'string' || value.length > MAX_PROMPT_CHARS) {
    addProblem(problems, `${path} should be text of at most ${MAX_PROMPT_CHARS} characters`);
    return {};
  }
  return { prompt: value };
}

/** The bank's options, kept only when the row has them; a list past the bounds is refused whole. */
function readChoices(
  value: unknown,
  path: string,
  problems: FieldProblems,
): { choices?: CardChoice[] } {
  if (value === undefined) return {};
  if (!Array.isArray(value) || value.length > MAX_CARD_CHOICES) {
    addProblem(problems, `${path} should be a list of at most ${MAX_CARD_CHOICES} options`);
    return {};
  }
  const choices = value.flatMap((item, i) => {
    const choice = withRecord((read) => ({
      text: read.string('text'),
      correct: read.boolean('correct'),
    }))(item, `${path}[${i}]`, problems);
    return choice === null ? [] : [choice];
  });
  const tooLong = choices.findIndex((choice) => choice.text.length > MAX_CHOICE_TEXT_CHARS);
  if (tooLong !== -1) {
    addProblem(
      problems,
      `${path}[${tooLong}].text should be at most ${MAX_CHOICE_TEXT_CHARS} characters`,
    );
  }
  return { choices };
}
