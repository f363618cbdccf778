import type { CompiledCard } from '../card-types';
import { parseAtxHeading } from '../compiler/atx-heading';
import { closingFenceLength, parseFenceOpener } from '../compiler/fences';
import { splitAnswerHeading } from '../compiler/heading-roles';
import { parseQuestionText } from '../compiler/question-text';
import { classifyTitle, cleanTitle } from '../compiler/section-titles';

const DEEPEST = 6;
/** `# Title` is level 1, so categories start at 2. */
const FIRST_CATEGORY_LEVEL = 2;

export type CardLayout = {
  /** Heading level of the question; its sections sit one level below. */
  questionLevel: number;
  /** Category headings (tags) the card sits under, outermost first. */
  categories: string[];
  /**
   * The answer holds headings, which would end an answer section: it is written as the
   * question's whole body instead, which the compiler takes as the answer (no sections then).
   */
  isAnswerBody: boolean;
};

/**
 * Where a card's headings go so that compiling the export gives the card back: headings kept
 * inside a section must stay deeper than the section's own heading, and each tag beyond the
 * deck's becomes a category heading above the question, while levels allow.
 */
export function layOutCard(card: CompiledCard, deckTags: readonly string[]): CardLayout {
  const answerHeading = shallowestHeading(card.answer);
  const isAnswerBody = card.sections.length === 0 && answerHeading <= DEEPEST;
  const deepestSection = Math.min(
    DEEPEST,
    shallowestHeading(card.prompt ?? '') - 1,
    ...card.sections.map((section) => shallowestHeading(section.markdown) - 1),
  );
  const maxQuestionLevel = Math.max(
    1,
    isAnswerBody ? Math.min(DEEPEST, answerHeading - 1) : deepestSection - 1,
  );
  const wanted = extraTags(card.tags, deckTags).filter(isCategorySafe);
  const room = Math.max(0, maxQuestionLevel - FIRST_CATEGORY_LEVEL);
  const categories = wanted.slice(0, room);
  const questionLevel = Math.min(maxQuestionLevel, FIRST_CATEGORY_LEVEL + categories.length);
  return { questionLevel, categories, isAnswerBody };
}

/** The card's tags after the deck's (the compiler puts deck tags first, then categories). */
export function extraTags(tags: readonly string[], deckTags: readonly string[]): string[] {
  const isPrefix = deckTags.every((tag, i) => tags[i] === tag);
  return isPrefix ? tags.slice(deckTags.length) : tags.filter((tag) => !deckTags.includes(tag));
}

/** A tag heading must read as a plain category, never as a question, an answer or navigation. */
function isCategorySafe(tag: string): boolean {
  const flags = classifyTitle(tag);
  return (
    parseQuestionText(tag).signal === 'none' &&
    !flags.isAnswer &&
    !flags.isNavigation &&
    splitAnswerHeading(tag) === null
  );
}

/** `# Title` only when it cannot be mistaken for a question or an answer. */
export function isTitleSafe(title: string): boolean {
  const clean = cleanTitle(title);
  return (
    clean !== '' &&
    parseQuestionText(title).signal === 'none' &&
    !classifyTitle(clean).isAnswer &&
    splitAnswerHeading(clean) === null
  );
}

/** Titles the compiler would take for the answer, wherever they stand. */
export function isAnswerLikeTitle(title: string): boolean {
  const clean = cleanTitle(title);
  return classifyTitle(clean).isAnswer || splitAnswerHeading(clean) !== null;
}

/** Level of the shallowest heading in `markdown` outside code fences; 7 when there is none. */
export function shallowestHeading(markdown: string): number {
  let shallowest = DEEPEST + 1;
  let fence: { char: number; length: number } | null = null;
  for (const line of markdown.split('\n')) {
    if (fence) {
      if (closingFenceLength(line, fence.char) >= fence.length) fence = null;
      continue;
    }
    fence = parseFenceOpener(line);
    if (fence) continue;
    const heading = parseAtxHeading(line);
    if (heading) shallowest = Math.min(shallowest, heading.level);
  }
  return shallowest;
}
