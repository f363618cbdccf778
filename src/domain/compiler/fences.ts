import { parseAtxHeading } from './atx-heading';
import { firstNonBlank } from './line-scan';

export type FenceOpener = {
  char: number;
  length: number;
};

const BACKTICK = 96;
const TILDE = 126;

/** A line opening a code fence: optional indentation, then three or more backticks or tildes. */
export function parseFenceOpener(line: string): FenceOpener | null {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i += 1;
  const char = line.charCodeAt(i);
  if (char !== BACKTICK && char !== TILDE) return null;
  const start = i;
  while (line.charCodeAt(i) === char) i += 1;
  const length = i - start;
  if (length < 3) return null;
  // An info string may not contain backticks: "```a```" is inline code, not a fence.
  if (char === BACKTICK && line.indexOf('`', i) >= 0) return null;
  return { char, length };
}

/** Length of the fence run when the line can close a fence of `char`, else 0. */
export function closingFenceLength(line: string, char: number): number {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i += 1;
  const start = i;
  while (line.charCodeAt(i) === char) i += 1;
  const length = i - start;
  if (length < 3) return 0;
  while (i < line.length) {
    const code = line.charCodeAt(i);
    if (code !== 32 && code !== 9) return 0;
    i += 1;
  }
  return length;
}

/**
 * Suffix tables that answer in constant time "is this fence ever closed?" and "where is the
 * next heading?", so recovering from an unclosed fence never rescans the rest of the file.
 */
export type FenceIndex = {
  longestBacktickCloserFrom: Int32Array;
  longestTildeCloserFrom: Int32Array;
  nextHeadingFrom: Int32Array;
};

export function buildFenceIndex(lines: readonly string[]): FenceIndex {
  const n = lines.length;
  const backticks = new Int32Array(n + 1);
  const tildes = new Int32Array(n + 1);
  const nextHeading = new Int32Array(n + 1);
  nextHeading[n] = n;
  for (let i = n - 1; i >= 0; i -= 1) {
    const line = lines[i] ?? '';
    const lead = line.charCodeAt(firstNonBlank(line));
    const backtick = lead === BACKTICK ? closingFenceLength(line, BACKTICK) : 0;
    const tilde = lead === TILDE ? closingFenceLength(line, TILDE) : 0;
    backticks[i] = Math.max(backticks[i + 1] ?? 0, backtick);
    tildes[i] = Math.max(tildes[i + 1] ?? 0, tilde);
    nextHeading[i] = lead === 35 && isTopLevelHeading(line) ? i : (nextHeading[i + 1] ?? n);
  }
  return {
    longestBacktickCloserFrom: backticks,
    longestTildeCloserFrom: tildes,
    nextHeadingFrom: nextHeading,
  };
}

function isTopLevelHeading(line: string): boolean {
  const heading = parseAtxHeading(line);
  return heading !== null && heading.listIndent === 0;
}

export function isFenceClosedAfter(index: FenceIndex, opener: FenceOpener, line: number): boolean {
  const table =
    opener.char === BACKTICK ? index.longestBacktickCloserFrom : index.longestTildeCloserFrom;
  return (table[line + 1] ?? 0) >= opener.length;
}
