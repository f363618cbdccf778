import {
  findLastDetailsClose,
  isDetailsOpener,
  isNavigationDetails,
  readDetails,
} from './details-blocks';
import { type DiagnosticSink, warn } from './diagnostics';
import { readAnswerLabel, readQuestionLine, readShoutedTitle } from './line-labels';
import { isBlankLine } from './line-scan';
import { isNavigationLine } from './navigation';
import type { LineToken, TextToken, Token } from './tokens';

const UNCLOSED_SUMMARY =
  '<details> whose <summary> is never closed; this question was skipped (close it with </summary>)';

/** Second pass: `<details>` blocks, `Q:`/`A:` labels, shouted titles; navigation is dropped. */
export function refineTokens(lines: readonly LineToken[], sink: DiagnosticSink): Token[] {
  const tokens: Token[] = [];
  const lastClose = findLastDetailsClose(lines);
  let i = 0;
  while (i < lines.length) {
    const token = lines[i] as LineToken;
    if (token.kind === 'text' && !token.isCode && isDetailsOpener(token.raw)) {
      if (i <= lastClose) {
        const read = readDetails(lines, i);
        if (read.token === null) {
          warn(sink, token.line, 1, UNCLOSED_SUMMARY);
          i = read.next;
          continue;
        }
        if (!isNavigationDetails(read.token)) tokens.push(read.token);
        if (read.trailing.trim() !== '') {
          const line = lines[read.next - 1]?.line ?? token.line;
          tokens.push({ kind: 'text', line, raw: read.trailing, isCode: false });
        }
        i = read.next;
        continue;
      }
      warn(sink, token.line, 1, '<details> is never closed; kept as text');
    }
    const refined = token.kind === 'text' && !token.isCode ? refineText(lines, i, token) : token;
    if (refined) tokens.push(refined);
    i += 1;
  }
  return tokens;
}

function refineText(lines: readonly LineToken[], i: number, token: TextToken): Token | null {
  const raw = token.raw;
  if (isBlankLine(raw)) return token;
  if ((raw.includes('](') || raw.includes('href')) && isNavigationLine(raw)) return null;
  const question = readQuestionLine(raw);
  if (question) return { kind: 'question-line', line: token.line, raw, ...question };
  const label = readAnswerLabel(raw);
  if (label) {
    return { kind: 'pseudo', line: token.line, raw, isAnswer: true, ...label };
  }
  if (isStandalone(lines, i)) {
    const title = readShoutedTitle(raw);
    if (title) {
      const column = raw.length - raw.trimStart().length + 1;
      return { kind: 'pseudo', line: token.line, column, raw, title, isAnswer: false, rest: '' };
    }
  }
  return token;
}

function isStandalone(lines: readonly LineToken[], i: number): boolean {
  return isBoundary(lines[i - 1]) && isBoundary(lines[i + 1]);
}

function isBoundary(token: LineToken | undefined): boolean {
  if (!token || token.kind === 'heading') return true;
  return !token.isCode && isBlankLine(token.raw);
}
