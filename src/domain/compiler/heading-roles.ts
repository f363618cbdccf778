import { isChapterHeading, plainHeadingText } from './heading-text';
import { isBlankLine } from './line-scan';
import { parseQuestionText, type QuestionText } from './question-text';
import {
  classifyTitle,
  cleanTitle,
  isAnswerSummary,
  isAnswerTitle,
  type TitleFlags,
} from './section-titles';
import type { HeadingToken, Token } from './tokens';

/**
 * What a heading is. `question-if-free` starts a card unless it sits inside one (then it is a
 * section): a heading with an `Answer` sub-heading is a question wherever it stands.
 */
export type HeadingRole = 'title' | 'navigation' | 'question' | 'question-if-free' | 'other';

export type HeadingFacts = {
  token: HeadingToken;
  parsed: QuestionText;
  title: string;
  flags: TitleFlags;
  /** An answer heading: `Answer`, `TL;DR`, or `Answer: text`. */
  isAnswer: boolean;
  hasDirectBody: boolean;
  hasAnswerChild: boolean;
  hasSectionChild: boolean;
};

export type HeadingPlan = {
  facts: Map<HeadingToken, HeadingFacts>;
  roles: Map<HeadingToken, HeadingRole>;
  title: HeadingToken | null;
};

export function planHeadings(tokens: readonly Token[]): HeadingPlan {
  const facts = collectFacts(tokens);
  const all = [...facts.values()];
  const title = pickTitle(all);
  const roles = new Map<HeadingToken, HeadingRole>();
  const assign = chooseStrategy(tokens, all, title);
  for (const fact of all) {
    const role: HeadingRole =
      fact.token === title ? 'title' : fact.flags.isNavigation ? 'navigation' : assign(fact);
    roles.set(fact.token, role);
  }
  return { facts, roles, title };
}

/** A heading inside a numbered list item (`1. ### What is ...`) is numbered as surely as `Q1.`. */
function signalOf(fact: HeadingFacts): QuestionText['signal'] {
  if (fact.isAnswer || fact.flags.isNonQuestion) return 'none';
  return fact.token.listNumber !== null ? 'strong' : fact.parsed.signal;
}

function isQuestionLike(fact: HeadingFacts): boolean {
  return signalOf(fact) !== 'none' && !fact.flags.isNavigation;
}

function pickTitle(all: readonly HeadingFacts[]): HeadingToken | null {
  const top = all.filter((fact) => fact.token.level === 1);
  const only = top.length === 1 ? top[0] : undefined;
  return only && !isQuestionLike(only) && !only.isAnswer ? only.token : null;
}

type Assign = (fact: HeadingFacts) => HeadingRole;

function chooseStrategy(
  tokens: readonly Token[],
  all: readonly HeadingFacts[],
  title: HeadingToken | null,
): Assign {
  const candidates = all.filter((fact) => fact.token !== title);
  const questionLike = candidates.filter(isQuestionLike);
  if (questionLike.length > 0) return assignByQuestionLevel(questionLike);
  if (hasOtherQuestionForms(tokens, candidates)) {
    return (fact) => (fact.hasAnswerChild ? 'question-if-free' : 'other');
  }
  return assignByBodyLevel(candidates);
}

function assignByQuestionLevel(questionLike: readonly HeadingFacts[]): Assign {
  const level = busiestLevel(questionLike.map((fact) => fact.token.level));
  const atLevel = questionLike.filter((fact) => fact.token.level === level);
  const isNumberedStyle =
    atLevel.filter((fact) => signalOf(fact) !== 'weak').length * 2 >= atLevel.length;
  return (fact) => {
    if (fact.isAnswer) return 'other';
    if (fact.token.level !== level) {
      if (signalOf(fact) === 'strong') return 'question';
      return fact.hasAnswerChild ? 'question-if-free' : 'other';
    }
    if (isQuestionLike(fact) || fact.hasAnswerChild) return 'question';
    const isPlainQuestion =
      !isNumberedStyle && fact.hasDirectBody && !fact.flags.isNonQuestion && !fact.flags.isSection;
    return isPlainQuestion ? 'question' : 'other';
  };
}

/** No heading reads like a question: the level whose headings carry answers is the one. */
function assignByBodyLevel(candidates: readonly HeadingFacts[]): Assign {
  const eligible = candidates.filter(
    (fact) => !fact.isAnswer && !fact.flags.isNonQuestion && !fact.flags.isSection,
  );
  const carrying = eligible.filter(
    (fact) => fact.hasDirectBody || fact.hasAnswerChild || fact.hasSectionChild,
  );
  if (carrying.length === 0) return () => 'other';
  const level = busiestLevel(carrying.map((fact) => fact.token.level));
  const isEligible = new Set(eligible);
  return (fact) => {
    if (fact.token.level === level && isEligible.has(fact)) return 'question';
    return fact.hasAnswerChild && !fact.isAnswer ? 'question-if-free' : 'other';
  };
}

/** `Q:` lines or question `<details>` blocks make the headings around them categories. */
function hasOtherQuestionForms(
  tokens: readonly Token[],
  candidates: readonly HeadingFacts[],
): boolean {
  let details = 0;
  for (const token of tokens) {
    if (token.kind === 'question-line') return true;
    if (token.kind === 'details' && !isAnswerSummary(token.summary)) details += 1;
  }
  const withBody = candidates.filter((fact) => fact.hasDirectBody).length;
  return details > 0 && details >= withBody;
}

/** The level with the most entries; the shallower one on a tie. */
function busiestLevel(levels: readonly number[]): number {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  for (const level of levels) counts[level] = (counts[level] ?? 0) + 1;
  let best = 1;
  for (let level = 1; level <= 6; level += 1) {
    if ((counts[level] ?? 0) > (counts[best] ?? 0)) best = level;
  }
  return best;
}

function collectFacts(tokens: readonly Token[]): Map<HeadingToken, HeadingFacts> {
  const facts = new Map<HeadingToken, HeadingFacts>();
  const open: HeadingFacts[] = [];
  let current: HeadingFacts | null = null;
  for (const token of tokens) {
    if (token.kind === 'heading') {
      const fact = describeHeading(token);
      while (open.length > 0 && (open[open.length - 1]?.token.level ?? 0) >= token.level)
        open.pop();
      const parent = open[open.length - 1];
      if (parent && fact.isAnswer) parent.hasAnswerChild = true;
      if (parent && fact.flags.isSection) parent.hasSectionChild = true;
      open.push(fact);
      facts.set(token, fact);
      current = fact;
    } else if (token.kind === 'question-line') {
      // What follows a `Q:` line belongs to that question, not to the heading above it.
      current = null;
    } else if (current) {
      noteBody(current, token);
    }
  }
  return facts;
}

function noteBody(fact: HeadingFacts, token: Token): void {
  if (token.kind === 'pseudo' && token.isAnswer) fact.hasAnswerChild = true;
  if (token.kind === 'details' && isAnswerSummary(token.summary)) fact.hasAnswerChild = true;
  if (!fact.hasDirectBody) {
    fact.hasDirectBody = token.kind !== 'text' || !isBlankLine(token.raw);
  }
}

function describeHeading(token: HeadingToken): HeadingFacts {
  const parsed = parseQuestionText(token.text);
  const title = cleanTitle(token.text);
  const flags = classifyTitle(plainHeadingText(title));
  if (isChapterHeading(token.text)) flags.isNonQuestion = true;
  return {
    token,
    parsed,
    title,
    flags,
    isAnswer: flags.isAnswer || splitAnswerHeading(title) !== null,
    hasDirectBody: false,
    hasAnswerChild: false,
    hasSectionChild: false,
  };
}

/** `Answer: C` (a heading that names the answer and starts it). */
export function splitAnswerHeading(title: string): { title: string; rest: string } | null {
  const colon = title.indexOf(':');
  if (colon <= 0 || colon > 40) return null;
  const head = title.slice(0, colon).trim();
  return isAnswerTitle(head) ? { title: head, rest: title.slice(colon + 1).trim() } : null;
}
