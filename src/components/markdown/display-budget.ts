// Card markdown comes from untrusted decks, and parsing it runs on the main thread in one task.
// Past these bounds, measured in Chromium, a reveal would freeze the page or overflow the stack
// (nested quotes or lists, runs of emphasis delimiters, thousands of headings), so the card's
// first lines within the bounds are rendered as markdown and the rest as plain text.
// Normal cards stay far inside them: the largest built-in answer is 2 KB and 61 lines.
const maxMarkdownChars = 12_000;
const maxMarkdownLines = 200;
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

// A card past these is rendered a group of lines at a time, each in its own short task; the
// built-in cards (61 lines at most) stay in one piece and render exactly as they always did.
const maxSinglePieceLines = 80;
const maxSinglePieceChars = 8000;
const targetPieceLines = 20;
const maxPieceLines = 40;
/** Even inside fenced code, as the fence may be one that only this scan takes for one. */
const maxFencedPieceLines = 120;
const fenceLine = /^ {0,3}(`{3,}[^`]*|~{3,}.*)$/;
// Link reference definitions apply to the whole card: each piece gets them all.
const definitionLine = /^ {0,3}\[(?!\^)[^\]]+\]:/;

/**
 * Splits markdown into pieces rendered one after another: at blank lines outside fenced code
 * once a piece has `targetPieceLines`, and at any line past `maxPieceLines` (more in code).
 */
export function splitIntoPieces(markdown: string): string[] {
  const lines = markdown.split('\n');
  if (lines.length <= maxSinglePieceLines && markdown.length <= maxSinglePieceChars) {
    return [markdown];
  }
  const definitions = lines.filter((line) => definitionLine.test(line)).join('\n');
  const pieces: string[][] = [[]];
  let isInFence = false;
  for (const line of lines) {
    const piece = pieces[pieces.length - 1] ?? [];
    piece.push(line);
    if (fenceLine.test(line)) isInFence = !isInFence;
    const isBreak = line.trim() === '' && piece.length >= targetPieceLines;
    const isFull = piece.length >= (isInFence ? maxFencedPieceLines : maxPieceLines);
    if (isFull || (!isInFence && isBreak)) pieces.push([]);
  }
  return pieces
    .filter((piece) => piece.length > 0)
    .map((piece) =>
      definitions === '' ? piece.join('\n') : `${piece.join('\n')}\n\n${definitions}`,
    );
}
