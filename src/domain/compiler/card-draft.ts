// A card while its lines are still being gathered, before markdown, tags and ids are final.

export type DraftSection = {
  title: string;
  /** Heading level that opened it; 7 for pseudo-headings and labels, which any heading ends. */
  level: number;
  isAnswer: boolean;
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
  questionRaw: string;
  isCollectingQuestion: boolean;
  fallbackNumber: number | null;
  /** List indentation to remove from body lines of `1. ### Question` items. */
  listIndent: number;
  categories: string[];
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
  questionRaw: string;
  fallbackNumber: number | null;
  listIndent: number;
  categories: string[];
};

export function createDraft(start: DraftStart): CardDraft {
  const preamble: DraftSection = {
    title: PREAMBLE_TITLE,
    level: start.level,
    isAnswer: false,
    heading: [],
    lines: [],
  };
  return {
    line: start.line,
    column: start.column,
    level: start.level,
    questionParts: [start.question],
    questionRaw: start.questionRaw,
    isCollectingQuestion: false,
    fallbackNumber: start.fallbackNumber,
    listIndent: start.listIndent,
    categories: start.categories,
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
  const section: DraftSection = { title, level, isAnswer, heading, lines: [] };
  draft.sections.push(section);
  draft.current = section;
  if (isAnswer && !draft.answer) draft.answer = section;
  return section;
}

export function appendLines(draft: CardDraft, lines: readonly string[]): void {
  for (const line of lines) draft.current.lines.push(line);
}
