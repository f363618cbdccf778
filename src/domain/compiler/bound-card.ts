// Limits on what one card may hold, applied when a deck is compiled or imported. A hostile
// bank (10,000 nested `>`, 40,000 `*`, 20,000 sub-headings) would otherwise reach the renderer
// and freeze or crash the card's page; a real interview answer stays far below every limit.
// What is cut is reported as a warning on the question's line.
import type { CardChoice, CardSection } from '../card-types';
import { type DiagnosticSink, warn } from './diagnostics';
import { MAX_CHOICES } from './given-choices';

/** Block quotes and lists nested deeper than this are flattened to this depth. */
export const MAX_NESTING_DEPTH = 20;
/** A prompt, answer or section longer than this is cut at a line end. */
export const MAX_FIELD_CHARS = 20_000;
export const MAX_FIELD_LINES = 2_000;
/** Emphasis marks beyond this many in one field are shown as plain characters. */
export const MAX_EMPHASIS_MARKS = 1_000;
export const MAX_SECTIONS = 100;

export type CardBody = { answer: string; sections: CardSection[] };

type Where = { line: number; column: number; sink: DiagnosticSink };

/** The body within every limit; each cut is a warning naming the question's line. */
export function boundCardBody(body: CardBody, where: Where): CardBody {
  let sections = body.sections;
  if (sections.length > MAX_SECTIONS) {
    warn(
      where.sink,
      where.line,
      where.column,
      `question has ${sections.length} sections; only the first ${MAX_SECTIONS} were kept`,
    );
    sections = sections.slice(0, MAX_SECTIONS);
  }
  return {
    answer: boundMarkdown(body.answer, 'the answer', where),
    sections: sections.map((section) => ({
      title: boundMarkdown(
        section.title,
        `the section title "${section.title.slice(0, 40)}"`,
        where,
      ),
      markdown: boundMarkdown(
        section.markdown,
        `the section "${section.title.slice(0, 40)}"`,
        where,
      ),
    })),
  };
}

/** The bank's options within the same limits; they are read from the prompt, already bounded. */
export function boundChoices(choices: readonly CardChoice[], where: Where): CardChoice[] {
  if (choices.length > MAX_CHOICES) {
    warn(
      where.sink,
      where.line,
      where.column,
      `question gives ${choices.length} options; only the first ${MAX_CHOICES} were kept`,
    );
  }
  return choices.slice(0, MAX_CHOICES).map((choice, index) => ({
    text: boundMarkdown(choice.text, `option ${index + 1}`, where),
    correct: choice.correct,
  }));
}

/** One field within the limits of size, nesting and emphasis. */
export function boundMarkdown(text: string, what: string, where: Where): string {
  const report = (message: string) =>
    warn(where.sink, where.line, where.column, `${what} ${message}`);
  let bounded = text;
  const flattened = flattenNesting(bounded);
  if (flattened !== bounded) {
    report(
      `nests block quotes or lists deeper than ${MAX_NESTING_DEPTH} levels; the deeper levels were flattened`,
    );
    bounded = flattened;
  }
  const plain = escapeExcessEmphasis(bounded);
  if (plain !== bounded) {
    report(
      `has more than ${MAX_EMPHASIS_MARKS} emphasis marks (* or _); the rest are shown as plain characters`,
    );
    bounded = plain;
  }
  const cut = cutToSize(bounded);
  if (cut.length < bounded.length) {
    report(
      `is ${bounded.length} characters or ${countLines(bounded)} lines long; it was cut to ${MAX_FIELD_CHARS} characters and ${MAX_FIELD_LINES} lines`,
    );
    bounded = cut;
  }
  return bounded;
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
}

/** At most MAX_FIELD_CHARS characters and MAX_FIELD_LINES lines, cut at a line end when there is one. */
function cutToSize(text: string): string {
  let end = Math.min(text.length, MAX_FIELD_CHARS);
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    lines += 1;
    if (lines > MAX_FIELD_LINES) end = i;
  }
  if (end === text.length) return text;
  const lastBreak = text.lastIndexOf('\n', end);
  return text.slice(0, lastBreak > 0 ? lastBreak : end).trimEnd();
}

/** Each line's run of container markers (`>`, `-`, `*`, `+`, `1.`) kept to MAX_NESTING_DEPTH. */
function flattenNesting(text: string): string {
  let changed = false;
  const lines = text.split('\n').map((line) => {
    const cut = findDeepPrefix(line);
    if (cut === null) return line;
    changed = true;
    return line.slice(0, cut.keepEnd) + line.slice(cut.prefixEnd);
  });
  return changed ? lines.join('\n') : text;
}

/** Where the allowed markers end and where the whole prefix ends, when it is too deep. */
function findDeepPrefix(line: string): { keepEnd: number; prefixEnd: number } | null {
  let i = 0;
  let depth = 0;
  let keepEnd = 0;
  for (;;) {
    let j = i;
    while (j < line.length && j - i < 4 && line[j] === ' ') j += 1;
    const marker = readContainerMarker(line, j);
    if (marker === 0) break;
    depth += 1;
    i = j + marker;
    if (depth === MAX_NESTING_DEPTH) keepEnd = i;
  }
  return depth > MAX_NESTING_DEPTH ? { keepEnd, prefixEnd: i } : null;
}

/** The length of a block quote or list marker at `at` (with its space), or 0. */
function readContainerMarker(line: string, at: number): number {
  const char = line[at];
  if (char === '>') return line[at + 1] === ' ' ? 2 : 1;
  const isSpaced = (end: number) => end === line.length || line[end] === ' ' || line[end] === '\t';
  if ((char === '-' || char === '*' || char === '+') && isSpaced(at + 1)) {
    return at + 1 === line.length ? 1 : 2;
  }
  let end = at;
  while (end < line.length && end - at < 9 && line[end] !== undefined && /\d/.test(line[end] ?? ''))
    end += 1;
  if (end > at && (line[end] === '.' || line[end] === ')') && isSpaced(end + 1)) {
    return end + 1 === line.length ? end + 1 - at : end + 2 - at;
  }
  return 0;
}

/** Outside code fences, every `*` and `_` after the first MAX_EMPHASIS_MARKS is escaped. */
function escapeExcessEmphasis(text: string): string {
  let marks = 0;
  for (let i = 0; i < text.length; i += 1) if (text[i] === '*' || text[i] === '_') marks += 1;
  if (marks <= MAX_EMPHASIS_MARKS) return text;
  let seen = 0;
  let isInFence = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s{0,3}(```|~~~)/.test(line)) {
        isInFence = !isInFence;
        return line;
      }
      if (isInFence) return line;
      return line.replace(/(?<!\\)[*_]/g, (mark) => {
        seen += 1;
        return seen > MAX_EMPHASIS_MARKS ? `\\${mark}` : mark;
      });
    })
    .join('\n');
}
