import type { DetailsToken, LineToken } from './tokens';

// `<details><summary>Question</summary>answer</details>` blocks, possibly spread over lines and
// nested. Tag tests use plain character scans: these lines may be megabytes long.

const DETAILS_OPEN = /^[ \t]*<details(?:[ \t][^>]*)?>/i;
const DETAILS_OPEN_ANYWHERE = /<details(?:[ \t>])/gi;
const DETAILS_CLOSE = /<\/details[ \t]*>/i;
const SUMMARY_LOOKAHEAD = 8;
const WRAPPER_ONLY = /^[ \t]*<\/?(?:p|br|div)[ \t]*\/?>[ \t]*$/i;

export type DetailsRead = { token: DetailsToken; next: number; trailing: string };

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
  const body: string[] = [];
  const inline = DETAILS_CLOSE.exec(head.firstBodyLine);
  if (inline) {
    const before = head.firstBodyLine.slice(0, inline.index);
    if (before.trim() !== '') body.push(before);
    const trailing = head.firstBodyLine.slice(inline.index + inline[0].length);
    return { token: makeToken(first, head.summary, body), next: head.bodyStart, trailing };
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
        return { token: makeToken(first, head.summary, body), next: i + 1, trailing };
      }
      if (close) depth -= 1;
    }
    if (!(isPlainText(token) && WRAPPER_ONLY.test(token.raw))) body.push(token.raw);
  }
  return { token: makeToken(first, head.summary, body), next: i, trailing: '' };
}

function makeToken(first: LineToken, summary: string, body: string[]): DetailsToken {
  const column = first.raw.length - first.raw.trimStart().length + 1;
  return { kind: 'details', line: first.line, column, summary, body };
}

function countOpeners(raw: string): number {
  DETAILS_OPEN_ANYWHERE.lastIndex = 0;
  let count = 0;
  while (DETAILS_OPEN_ANYWHERE.exec(raw)) count += 1;
  return count;
}

type SummaryRead = { summary: string; bodyStart: number; firstBodyLine: string };

/** The summary may follow the opener on its line or sit on the next few lines. */
function readSummary(tokens: readonly LineToken[], start: number, offset: number): SummaryRead {
  const parts: string[] = [];
  let isInSummary = false;
  for (let i = start; i < tokens.length && i < start + SUMMARY_LOOKAHEAD; i += 1) {
    const token = tokens[i] as LineToken;
    if (token.kind === 'text' && token.isCode) break;
    let text = i === start ? token.raw.slice(offset) : token.raw;
    if (!isInSummary) {
      const open = text.search(/<summary[^>]{0,200}>/i);
      if (open < 0) {
        if (text.trim() === '') continue;
        break;
      }
      text = text.slice(text.indexOf('>', open) + 1);
      isInSummary = true;
    }
    const close = text.search(/<\/summary[ \t]*>/i);
    if (close >= 0) {
      parts.push(text.slice(0, close));
      const after = text.slice(text.indexOf('>', close) + 1);
      return { summary: stripTags(parts.join(' ')), bodyStart: i + 1, firstBodyLine: after };
    }
    parts.push(text);
  }
  return {
    summary: '',
    bodyStart: start + 1,
    firstBodyLine: offset > 0 ? (tokens[start]?.raw ?? '').slice(offset) : '',
  };
}

/** Drops HTML tags and collapses blanks: `<b>What is X?</b>` becomes `What is X?`. */
export function stripTags(html: string): string {
  const parts: string[] = [];
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      parts.push(html.slice(i));
      break;
    }
    parts.push(html.slice(i, open));
    const close = html.indexOf('>', open);
    if (close < 0) {
      parts.push(html.slice(open));
      break;
    }
    i = close + 1;
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
