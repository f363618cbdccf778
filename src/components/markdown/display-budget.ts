// Card markdown comes from untrusted decks, and parsing it runs on the main thread in one task.
// Past these bounds, measured in Chromium, a reveal would freeze the page or overflow the stack
// (nested quotes or lists, runs of emphasis delimiters, thousands of headings), so the card's
// first lines within the bounds are rendered as markdown and the rest as plain text.
// Normal cards stay far inside them: the largest built-in answer is 2 KB and 61 lines.
const maxMarkdownChars = 12_000;
const maxMarkdownLines = 300;
/** Runs of `*`, `_` or `~`: emphasis is resolved over all of them in a paragraph, not in linear time. */
const maxDelimiterRuns = 300;
/** `[`: every one opens a possible link whose end the parser looks for. */
const maxBrackets = 300;
/** Containers opened on one line: `>`, list markers, and indentation (4 columns a level). */
const maxLineDepth = 16;
/** Plain text past this is left out: laying it out would be the next long task. */
const maxPlainChars = 100_000;
const columnsPerLevel = 4;

export type DisplayParts = {
  /** Rendered as markdown. */
  markdown: string;
  /** Shown as preformatted text after the markdown; empty when the card is within bounds. */
  plain: string;
  /** Characters left out altogether (past the plain-text bound). */
  omittedChars: number;
};

type Tally = { chars: number; lines: number; delimiterRuns: number; brackets: number };

const containerPrefix = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;

/** How many containers a line opens: quote and list markers plus its indentation levels. */
function measureLineDepth(line: string): number {
  const prefix = containerPrefix.exec(line)?.[0] ?? '';
  const markers = (prefix.match(/>|[-+*]|\d{1,9}[.)]/g) ?? []).length;
  const indent = /^[ \t]*/.exec(line.slice(prefix.length))?.[0] ?? '';
  const columns = prefix.length + indent.replace(/\t/g, '    ').length;
  return markers + Math.floor(columns / columnsPerLevel);
}

function countMatches(line: string, pattern: RegExp): number {
  return (line.match(pattern) ?? []).length;
}

function addLine(tally: Tally, line: string): Tally {
  return {
    chars: tally.chars + line.length + 1,
    lines: tally.lines + 1,
    delimiterRuns: tally.delimiterRuns + countMatches(line, /([*_~])\1*/g),
    brackets: tally.brackets + countMatches(line, /\[/g),
  };
}

function isWithinBounds(tally: Tally, depth: number): boolean {
  return (
    tally.chars <= maxMarkdownChars &&
    tally.lines <= maxMarkdownLines &&
    tally.delimiterRuns <= maxDelimiterRuns &&
    tally.brackets <= maxBrackets &&
    depth <= maxLineDepth
  );
}

/**
 * Splits card markdown into what renders as markdown (the longest run of whole first lines
 * within the bounds) and what shows as plain text. A card within the bounds is all markdown.
 */
export function splitForDisplay(markdown: string): DisplayParts {
  let tally: Tally = { chars: 0, lines: 0, delimiterRuns: 0, brackets: 0 };
  let end = 0;
  while (end <= markdown.length) {
    const newline = markdown.indexOf('\n', end);
    const lineEnd = newline === -1 ? markdown.length : newline;
    // A line longer than the whole budget is not scanned: it cannot fit.
    if (lineEnd - end > maxMarkdownChars) break;
    const line = markdown.slice(end, lineEnd);
    const next = addLine(tally, line);
    if (!isWithinBounds(next, measureLineDepth(line))) break;
    tally = next;
    if (newline === -1) return { markdown, plain: '', omittedChars: 0 };
    end = newline + 1;
  }
  const rest = markdown.slice(end);
  return {
    markdown: markdown.slice(0, end),
    plain: rest.slice(0, maxPlainChars),
    omittedChars: Math.max(0, rest.length - maxPlainChars),
  };
}

/** Plain text for a fallback, cut to the same bound as the plain part of a split. */
export function toPlainPreview(text: string): string {
  return text.length <= maxPlainChars ? text : `${text.slice(0, maxPlainChars)}…`;
}
