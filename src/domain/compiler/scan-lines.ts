import { parseAtxHeading } from './atx-heading';
import { type DiagnosticSink, warn } from './diagnostics';
import {
  buildFenceIndex,
  closingFenceLength,
  type FenceIndex,
  type FenceOpener,
  isFenceClosedAfter,
  parseFenceOpener,
} from './fences';
import { type CommentState, createCommentState, stripComments } from './html-comments';
import { firstNonBlank, isBlankLine } from './line-scan';
import type { HeadingToken, LineToken } from './tokens';

type OpenFence = FenceOpener & {
  /** Line index where an unclosed fence is cut short (the next heading), or -1. */
  forcedEnd: number;
};

type ScanState = {
  lines: readonly string[];
  tokens: LineToken[];
  fence: OpenFence | null;
  comments: CommentState;
  index: FenceIndex;
  sink: DiagnosticSink;
};

/** One pass over the lines: fences, comments and headings; everything else is text. */
export function scanLines(
  lines: readonly string[],
  start: number,
  sink: DiagnosticSink,
): LineToken[] {
  const state: ScanState = {
    lines,
    tokens: [],
    fence: null,
    comments: createCommentState(lines),
    index: buildFenceIndex(lines),
    sink,
  };
  for (let i = start; i < lines.length; i += 1) scanLine(state, i);
  if (state.fence && state.fence.forcedEnd >= 0) closeForcedFence(state, lines.length);
  return state.tokens;
}

function scanLine(state: ScanState, i: number): void {
  const raw = state.lines[i] ?? '';
  const fence = state.fence;
  if (fence && i === fence.forcedEnd) closeForcedFence(state, i);
  if (fence && i !== fence.forcedEnd) {
    state.tokens.push({ kind: 'text', line: i + 1, raw, isCode: true });
    if (fence.forcedEnd < 0 && closingFenceLength(raw, fence.char) >= fence.length) {
      state.fence = null;
    }
    return;
  }
  state.fence = null;
  if (!state.comments.isOpen && !raw.includes('<!--')) {
    scanOpenLine(state, raw, i);
    return;
  }
  const stripped = stripComments(raw, i, state.comments);
  if (stripped.unclosedAt >= 0) {
    warn(state.sink, i + 1, stripped.unclosedAt + 1, 'HTML comment is never closed; kept as text');
  }
  if (stripped.hadComment && isBlankLine(stripped.text)) return;
  scanOpenLine(state, stripped.text, i);
}

function scanOpenLine(state: ScanState, text: string, i: number): void {
  const opener = parseFenceOpener(text);
  if (opener) {
    state.fence = openFence(state, opener, i);
    state.tokens.push({ kind: 'text', line: i + 1, raw: text, isCode: true });
    return;
  }
  const heading = parseAtxHeading(text);
  if (heading) {
    state.tokens.push({ kind: 'heading', line: i + 1, raw: text, ...heading });
    return;
  }
  const setext = readSetextHeading(state.tokens, text);
  if (setext) {
    state.tokens[state.tokens.length - 1] = setext;
    return;
  }
  state.tokens.push({ kind: 'text', line: i + 1, raw: text, isCode: false });
}

/** Cards render each section alone, so a fence cut short gets a closing line of its own. */
function closeForcedFence(state: ScanState, i: number): void {
  const fence = state.fence;
  if (!fence) return;
  const raw = String.fromCharCode(fence.char).repeat(fence.length);
  state.tokens.push({ kind: 'text', line: i, raw, isCode: true });
  state.fence = null;
}

function openFence(state: ScanState, opener: FenceOpener, i: number): OpenFence {
  if (isFenceClosedAfter(state.index, opener, i)) return { ...opener, forcedEnd: -1 };
  const next = state.index.nextHeadingFrom[i + 1] ?? state.lines.length;
  const where = next < state.lines.length ? `; it ends before the heading on line ${next + 1}` : '';
  warn(state.sink, i + 1, 1, `code fence opened on line ${i + 1} is never closed${where}`);
  return { ...opener, forcedEnd: next };
}

/**
 * `Title` over `===` or `---`. Only a one-line paragraph qualifies, so a `---` separator
 * under ordinary prose stays a separator in all but that one CommonMark case.
 */
function readSetextHeading(tokens: readonly LineToken[], text: string): HeadingToken | null {
  const level = setextLevel(text);
  if (level === 0) return null;
  const previous = tokens[tokens.length - 1];
  if (previous?.kind !== 'text' || previous.isCode) return null;
  if (!isParagraphLine(previous.raw)) return null;
  const before = tokens[tokens.length - 2];
  if (before && !(before.kind === 'heading' || isBlankText(before))) return null;
  const content = previous.raw.trim();
  return {
    kind: 'heading',
    line: previous.line,
    column: previous.raw.length - previous.raw.trimStart().length + 1,
    level,
    text: content,
    raw: `${previous.raw}\n${text}`,
    listNumber: null,
    listIndent: 0,
  };
}

function setextLevel(text: string): number {
  const start = firstNonBlank(text);
  const lead = text.charCodeAt(start);
  if (start > 3 || (lead !== 61 && lead !== 45)) return 0;
  const trimmed = text.trim();
  if (trimmed.length < 3 || text.length - text.trimStart().length > 3) return 0;
  const char = trimmed.charCodeAt(0);
  if (char !== 61 && char !== 45) return 0; // `=` or `-`
  for (let i = 1; i < trimmed.length; i += 1) if (trimmed.charCodeAt(i) !== char) return 0;
  return char === 61 ? 1 : 2;
}

const NOT_PARAGRAPH_START = /^(?:[-*+>|<]|\d{1,9}[.)]\s|!\[|\[)/;

function isParagraphLine(raw: string): boolean {
  if (raw.length - raw.trimStart().length > 3) return false;
  const trimmed = raw.trim();
  return trimmed !== '' && !NOT_PARAGRAPH_START.test(trimmed);
}

function isBlankText(token: LineToken): boolean {
  return token.kind === 'text' && !token.isCode && isBlankLine(token.raw);
}
