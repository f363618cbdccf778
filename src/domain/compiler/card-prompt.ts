import { findOptionBlock } from './given-choices';

// What sits between a question and its answer block is the question's prompt when the question
// needs it to be answered: code ("What's the output?"), the bank's options, or material the
// question points at ("the diagram below"). Anything else (an illustration, further reading)
// stays a section, as it always has. docs/architecture.md, "Question bank format".

const CODE_FENCE = /^[ \t]{0,3}(?:```|~~~)/m;
const POINTS_AT_MATERIAL =
  /\b(?:outputs?|print(?:s|ed)?|logs?|logged|following|below|snippet|given|shown|result of|this (?:code|function|program|query|class|method|expression|statement|diagram|figure|image|picture|table|regex|command|script|component|output)|the (?:code|diagram|figure|image|picture|table))\b/i;

/** Whether the material before the answer (as markdown) belongs to the question. */
export function isPromptMaterial(markdown: string, question: string): boolean {
  if (markdown === '') return false;
  if (CODE_FENCE.test(markdown)) return true;
  if (question.endsWith(':') || POINTS_AT_MATERIAL.test(question)) return true;
  return findOptionBlock(markdown) !== null;
}

/** Joins prompt parts (a long summary's code, then the lines under the question). */
export function joinPrompt(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('\n\n');
}
