import { parseAtxHeading } from './atx-heading';
import {
  appendLines,
  type CardDraft,
  createDraft,
  type DraftStart,
  fileSubHeading,
  LABEL_LEVEL,
  openSection,
} from './card-draft';
import { type DiagnosticSink, quote, warn } from './diagnostics';
import { type HeadingPlan, splitAnswerHeading } from './heading-roles';
import { plainHeadingText } from './heading-text';
import { isBlankLine } from './line-scan';
import { cleanTitle, isAnswerSummary, isAnswerTitle, isPromptTitle } from './section-titles';
import { slugify } from './slugify';
import type {
  DetailsToken,
  HeadingToken,
  PseudoHeadingToken,
  QuestionLineToken,
  TextToken,
  Token,
} from './tokens';

type Category = { level: number; tag: string };

type AssembleState = {
  plan: HeadingPlan;
  sink: DiagnosticSink;
  drafts: CardDraft[];
  open: CardDraft | null;
  categories: Category[];
  isSkipping: boolean;
  /** The last paragraph line outside any card: the question of an `Answer` <details>. */
  loose: TextToken | null;
};

/** Walks the tokens once, opening a card at each question and filing lines into sections. */
export function assembleCards(
  tokens: readonly Token[],
  plan: HeadingPlan,
  sink: DiagnosticSink,
): CardDraft[] {
  const state: AssembleState = {
    plan,
    sink,
    drafts: [],
    open: null,
    categories: [],
    isSkipping: false,
    loose: null,
  };
  for (const token of tokens) {
    if (token.kind === 'heading') handleHeading(state, token);
    else if (token.kind === 'question-line') handleQuestionLine(state, token);
    else if (token.kind === 'details') handleDetails(state, token);
    else if (token.kind === 'pseudo') handlePseudo(state, token);
    else handleText(state, token);
  }
  return state.drafts;
}

function startCard(state: AssembleState, start: DraftStart): CardDraft {
  const categories: string[] = [];
  for (const category of state.categories) categories.push(category.tag);
  const draft = createDraft(start, categories);
  state.drafts.push(draft);
  state.loose = null;
  return draft;
}

function popCategories(state: AssembleState, level: number): void {
  while ((state.categories[state.categories.length - 1]?.level ?? 0) >= level)
    state.categories.pop();
}

function handleHeading(state: AssembleState, token: HeadingToken): void {
  const role = state.plan.roles.get(token) ?? 'other';
  const fact = state.plan.facts.get(token);
  state.isSkipping = false;
  state.loose = null;
  const open = state.open;
  if (open && token.level > open.level && role !== 'question') {
    addSubHeading(state, open, token);
    return;
  }
  state.open = null;
  if (role === 'navigation') state.isSkipping = true;
  if (role === 'title' || role === 'navigation' || !fact) return;
  popCategories(state, token.level);
  if (role === 'question' || role === 'question-if-free') {
    state.open = startCard(state, {
      line: token.line,
      column: token.column,
      level: token.level,
      question: token.text,
      parsed: fact.parsed,
      questionRaw: token.raw,
      fallbackNumber: token.listNumber,
      listIndent: token.listIndent,
    });
    return;
  }
  const tag = fact.isAnswer ? '' : slugify(plainHeadingText(fact.title));
  if (tag !== '') state.categories.push({ level: token.level, tag });
}

function addSubHeading(state: AssembleState, draft: CardDraft, token: HeadingToken): void {
  const fact = state.plan.facts.get(token);
  const title = fact?.title ?? token.text;
  const answer = fact?.flags.isAnswer ? { title, rest: '' } : splitAnswerHeading(title);
  if (answer && draft.answer) {
    warn(state.sink, token.line, token.column, 'a second answer section; kept as a section');
  }
  const isPrompt = isPromptTitle(title);
  fileSubHeading(draft, { title, level: token.level, raw: token.raw, answer, isPrompt });
}

function handleQuestionLine(state: AssembleState, token: QuestionLineToken): void {
  if (state.open && state.open.level < LABEL_LEVEL) {
    handleText(state, { kind: 'text', line: token.line, raw: token.raw, isCode: false });
    return;
  }
  state.isSkipping = false;
  const draft = startCard(state, {
    line: token.line,
    column: token.column,
    level: LABEL_LEVEL,
    question: token.text,
    questionRaw: token.raw,
    fallbackNumber: token.number,
    listIndent: 0,
  });
  draft.isCollectingQuestion = token.text === '' || !/[?.!:]$/.test(token.text);
  state.open = draft;
}

function handleDetails(state: AssembleState, token: DetailsToken): void {
  const isAnswer = isAnswerSummary(token.summary);
  const open = state.open;
  if (open) {
    open.isCollectingQuestion = false;
    const title = isAnswer ? 'Answer' : token.summary || 'Details';
    openSection(open, title, LABEL_LEVEL, [`**${title}**`, ''], isAnswer && !open.answer);
    appendLines(open, token.prompt);
    appendLines(open, isAnswer ? dropAnswerHeading(token.body) : token.body);
    // Lines after the block are not inside it: they go back with the question's notes.
    open.current = open.preamble;
    return;
  }
  const question = isAnswer ? state.loose : null;
  if (isAnswer && !question) return;
  const draft = startCard(state, {
    line: question?.line ?? token.line,
    column: token.column,
    level: LABEL_LEVEL,
    question: question ? question.raw.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '') : token.summary,
    questionRaw: question?.raw ?? token.summary,
    fallbackNumber: null,
    listIndent: 0,
    promptLines: question ? [] : token.prompt,
  });
  openSection(draft, 'Answer', LABEL_LEVEL, [], true);
  appendLines(draft, token.body);
}

/**
 * `#### Answer: B` opening a folded answer says again what the block is: the answer is `B` and
 * what follows. Kept as a heading, it would also read as a second answer once exported.
 */
function dropAnswerHeading(body: readonly string[]): readonly string[] {
  const first = body.findIndex((line) => !isBlankLine(line));
  const heading = parseAtxHeading(body[first] ?? '');
  if (!heading || heading.listNumber !== null) return body;
  const title = cleanTitle(heading.text);
  const answer = isAnswerTitle(title) ? { rest: '' } : splitAnswerHeading(title);
  if (!answer) return body;
  const rest = answer.rest === '' ? [] : [answer.rest];
  return [...rest, ...body.slice(first + 1)];
}

function handlePseudo(state: AssembleState, token: PseudoHeadingToken): void {
  const open = state.open;
  const asText: TextToken = { kind: 'text', line: token.line, raw: token.raw, isCode: false };
  if (!open || (token.isAnswer && open.answer)) {
    handleText(state, asText);
    return;
  }
  open.isCollectingQuestion = false;
  if (token.isAnswer) {
    openSection(open, token.title, LABEL_LEVEL, [token.raw], true);
    if (token.rest !== '') open.current.lines.push(token.rest);
    return;
  }
  const message = `${quote(token.title)} looks like a heading; it starts a section of its own`;
  warn(state.sink, token.line, token.column, message);
  openSection(open, token.title, LABEL_LEVEL, [token.raw], false);
}

function handleText(state: AssembleState, token: TextToken): void {
  if (state.isSkipping) return;
  const open = state.open;
  const isBlank = token.isCode || isBlankLine(token.raw);
  if (!open) {
    if (!isBlank) state.loose = token;
    return;
  }
  if (open.isCollectingQuestion) {
    if (!isBlank) {
      open.questionParts.push(token.raw.trim());
      return;
    }
    open.isCollectingQuestion = false;
  }
  open.current.lines.push(token.raw);
}
