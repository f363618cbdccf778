// A card while its lines are still being gathered, before markdown, tags and ids are final.
import type { QuestionText } from './question-text';

export type DraftSection = {
  title: string;
  /** Heading level that opened it; 7 for pseudo-headings and labels, which any heading ends. */
  level: number;
  isAnswer: boolean;
  /** A `Prompt` sub-heading: its lines are shown with the question. */
  isPrompt: boolean;
  /** The heading line(s) as written, for when the whole body becomes the answer. */
  heading: string[];
  lines: string[];
};

export type CardDraft = {
  line: number;
  column: number;
  /** Heading level of the question; 7 for `Q:` lines and `<details>`, which any heading ends. */
  level: number;
  /** The question's source text; `Q:` questions may continue on the next lines. */
  questionParts: string[];
  /** The parsed heading, when the question is known not to continue on other lines. */
  parsed: QuestionText | null;
  questionRaw: string;
  isCollectingQuestion: boolean;
  fallbackNumber: number | null;
  /** List indentation to remove from body lines of `1. ### Question` items. */
  listIndent: number;
  categories: string[];
  /** Prompt lines given with the question itself (a long `<summary>`'s code). */
  promptLines: string[];
  preamble: DraftSection;
  sections: DraftSection[];
  current: DraftSection;
  answer: DraftSection | null;
};

export const LABEL_LEVEL = 7;
export const PREAMBLE_TITLE = 'Notes';

export type DraftStart = {
  line: number;
  column: number;
  level: number;
  question: string;
  parsed?: QuestionText;
  questionRaw: string;
  fallbackNumber: number | null;
  listIndent: number;
  promptLines?: string[];
};

export function createDraft(start: DraftStart, categories: string[]): CardDraft {
  const preamble: DraftSection = {
    title: PREAMBLE_TITLE,
    level: start.level,
    isAnswer: false,
    isPrompt: false,
    heading: [],
    lines: [],
  };
  return {
    line: start.line,
    column: start.column,
    level: start.level,
    questionParts: [start.question],
    parsed: start.parsed ?? null,
    questionRaw: start.questionRaw,
    isCollectingQuestion: false,
    fallbackNumber: start.fallbackNumber,
    listIndent: start.listIndent,
    categories,
    promptLines: start.promptLines ?? [],
    preamble,
    sections: [],
    current: preamble,
    answer: null,
  };
}

export function openSection(
  draft: CardDraft,
  title: string,
  level: number,
  heading: string[],
  isAnswer: boolean,
): DraftSection {
  const section: DraftSection = { title, level, isAnswer, isPrompt: false, heading, lines: [] };
  draft.sections.push(section);
  draft.current = section;
  if (isAnswer && !draft.answer) draft.answer = section;
  return section;
}

export function appendLines(draft: CardDraft, lines: readonly string[]): void {
  for (const line of lines) draft.current.lines.push(line);
}

export type SubHeading = {
  title: string;
  level: number;
  raw: string;
  /** Set when the heading names the answer; `rest` is text that followed `Answer:`. */
  answer: { title: string; rest: string } | null;
  isPrompt: boolean;
};

/**
 * The first answer heading opens the answer. Any other heading opens a section, unless it sits
 * deeper inside an ordinary section; nothing ever nests inside the answer.
 */
export function fileSubHeading(draft: CardDraft, heading: SubHeading): void {
  const { answer, level, raw } = heading;
  if (answer && !draft.answer) {
    openSection(draft, answer.title, level, [raw], true);
    if (answer.rest !== '') draft.current.lines.push(answer.rest);
    return;
  }
  const current = draft.current;
  if (heading.isPrompt && !answer) {
    openSection(draft, heading.title, level, [raw], false).isPrompt = true;
  } else if (current === draft.preamble || current.isAnswer || level <= current.level) {
    openSection(draft, heading.title, level, [raw], false);
  } else {
    current.lines.push(raw);
  }
}
