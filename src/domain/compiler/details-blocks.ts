import { readSummary, splitSummary } from './details-summary';
import { isBlankLine } from './line-scan';
import { isNavigationLine } from './navigation';
import { classifyTitle } from './section-titles';
import type { DetailsToken, LineToken } from './tokens';

// `<details><summary>Question</summary>answer</details>` blocks, possibly spread over lines and
// nested. Tag tests use plain character scans: these lines may be megabytes long.

const DETAILS_OPEN = /^[ \t]*<details(?:[ \t][^>]*)?>/i;
const DETAILS_OPEN_ANYWHERE = /<details(?:[ \t>])/gi;
const DETAILS_CLOSE = /<\/details[ \t]*>/i;
const WRAPPER_ONLY = /^[ \t]*<\/?(?:p|br|div)[ \t]*\/?>[ \t]*$/i;

export type DetailsRead =
  | { token: DetailsToken; next: number; trailing: string }
  /** The summary never closes: the block is skipped up to `next`. */
  | { token: null; next: number; trailing: '' };

export function isDetailsOpener(raw: string): boolean {
  return raw.includes('<') && DETAILS_OPEN.test(raw);
}

/** Index of the last non-code line that closes a `<details>`, so unclosed ones are spotted. */
export function findLastDetailsClose(tokens: readonly LineToken[]): number {
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const token = tokens[i];
    if (token && isPlainText(token) && token.raw.includes('</') && DETAILS_CLOSE.test(token.raw)) {
      return i;
    }
  }
  return -1;
}

function isPlainText(token: LineToken): boolean {
  return token.kind === 'text' && !token.isCode;
}

export function readDetails(tokens: readonly LineToken[], start: number): DetailsRead {
  const first = tokens[start] as LineToken;
  const opener = DETAILS_OPEN.exec(first.raw)?.[0] ?? '';
  const head = readSummary(tokens, start, opener.length);
  if (head.kind === 'unclosed') return { token: null, next: head.next, trailing: '' };
  const summary = head.kind === 'found' ? splitSummary(head.lines) : { question: '', prompt: [] };
  const make = (body: string[]) => makeToken(first, summary.question, summary.prompt, body);
  const body: string[] = [];
  const inline = DETAILS_CLOSE.exec(head.firstBodyLine);
  if (inline) {
    const before = head.firstBodyLine.slice(0, inline.index);
    if (before.trim() !== '') body.push(before);
    const trailing = head.firstBodyLine.slice(inline.index + inline[0].length);
    return { token: make(body), next: head.bodyStart, trailing };
  }
  if (head.firstBodyLine.trim() !== '') body.push(head.firstBodyLine);
  let depth = 1;
  let i = head.bodyStart;
  for (; i < tokens.length; i += 1) {
    const token = tokens[i] as LineToken;
    if (isPlainText(token) && token.raw.includes('<')) {
      depth += countOpeners(token.raw);
      const close = DETAILS_CLOSE.exec(token.raw);
      if (close && depth === 1) {
        const before = token.raw.slice(0, close.index);
        if (before.trim() !== '') body.push(before);
        const trailing = token.raw.slice(close.index + close[0].length);
        return { token: make(body), next: i + 1, trailing };
      }
      if (close) depth -= 1;
    }
    if (!(isPlainText(token) && WRAPPER_ONLY.test(token.raw))) body.push(token.raw);
  }
  return { token: make(body), next: i, trailing: '' };
}

function makeToken(
  first: LineToken,
  summary: string,
  prompt: string[],
  body: string[],
): DetailsToken {
  const column = first.raw.length - first.raw.trimStart().length + 1;
  return { kind: 'details', line: first.line, column, summary, prompt, body };
}

function countOpeners(raw: string): number {
  DETAILS_OPEN_ANYWHERE.lastIndex = 0;
  let count = 0;
  while (DETAILS_OPEN_ANYWHERE.exec(raw)) count += 1;
  return count;
}

/** A table of contents folded into `<details>`: by its summary, or a body of page links only. */
export function isNavigationDetails(token: DetailsToken): boolean {
  if (classifyTitle(token.summary).isNavigation) return true;
  let links = 0;
  for (const line of token.body) {
    if (isBlankLine(line) || WRAPPER_ONLY.test(line)) continue;
    if (!isNavigationLine(line)) return false;
    links += 1;
  }
  return links > 0;
}
