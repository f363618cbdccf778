import { isBlankLine } from './line-scan';
import type { LineToken } from './tokens';

// The `<summary>` of a `<details>` block. It may follow the opener on its line or sit on the
// next few lines, and it may span many lines and hold code ("What does this print?" and the
// snippet). A summary that never closes ends at the next block or heading: the caller skips
// that one question rather than swallowing the questions after it.

const SUMMARY_LOOKAHEAD = 8;
/** A summary longer than this is taken as never closed. */
const MAX_SUMMARY_LINES = 400;
const SUMMARY_OPEN = /<summary[^>]{0,200}>/i;
const SUMMARY_CLOSE = /<\/summary[ \t]*>/i;
const BLOCK_START = /<(?:details|summary)(?:[ \t>]|$)/i;
const DETAILS_CLOSE = /<\/details[ \t]*>/i;

export type SummaryRead =
  | { kind: 'found'; lines: string[]; bodyStart: number; firstBodyLine: string }
  | { kind: 'missing'; bodyStart: number; firstBodyLine: string }
  /** `next`: the first line index after what the broken block takes. */
  | { kind: 'unclosed'; next: number };

export function readSummary(
  tokens: readonly LineToken[],
  start: number,
  offset: number,
): SummaryRead {
  const open = findSummaryOpen(tokens, start, offset);
  if (!open) {
    const firstBodyLine = offset > 0 ? (tokens[start]?.raw ?? '').slice(offset) : '';
    return { kind: 'missing', bodyStart: start + 1, firstBodyLine };
  }
  const lines: string[] = [];
  let text = open.rest;
  const end = Math.min(tokens.length, open.index + MAX_SUMMARY_LINES);
  for (let i = open.index; i < end; i += 1) {
    const token = tokens[i] as LineToken;
    if (i > open.index) {
      if (token.kind === 'heading') return { kind: 'unclosed', next: i };
      text = token.raw;
    }
    const isCode = token.kind === 'text' && token.isCode;
    if (!isCode && text.includes('<')) {
      const close = text.search(SUMMARY_CLOSE);
      // Another block opening first means this summary ran into the next question.
      const block = i > open.index ? text.search(BLOCK_START) : -1;
      if (block >= 0 && (close < 0 || block < close)) return { kind: 'unclosed', next: i };
      if (close >= 0) {
        lines.push(text.slice(0, close));
        const after = text.slice(text.indexOf('>', close) + 1);
        return { kind: 'found', lines, bodyStart: i + 1, firstBodyLine: after };
      }
      if (DETAILS_CLOSE.test(text)) return { kind: 'unclosed', next: i + 1 };
    }
    lines.push(text);
  }
  return { kind: 'unclosed', next: end };
}

type SummaryOpen = { index: number; rest: string };

function findSummaryOpen(
  tokens: readonly LineToken[],
  start: number,
  offset: number,
): SummaryOpen | null {
  const end = Math.min(tokens.length, start + SUMMARY_LOOKAHEAD);
  for (let i = start; i < end; i += 1) {
    const token = tokens[i] as LineToken;
    if (token.kind === 'text' && token.isCode) return null;
    const text = i === start ? token.raw.slice(offset) : token.raw;
    const open = SUMMARY_OPEN.exec(text);
    if (open) return { index: i, rest: text.slice(open.index + open[0].length) };
    if (!isBlankLine(text)) return null;
  }
  return null;
}

/**
 * A one-paragraph summary is the question. A longer one (text, then code or options) is a
 * question and its prompt: the first sentence asks, the rest is shown with it.
 */
export function splitSummary(all: readonly string[]): { question: string; prompt: string[] } {
  let first = 0;
  while (first < all.length && isBlankLine(all[first] ?? '')) first += 1;
  const lines = all.slice(first);
  let head = 0;
  while (head < lines.length && isQuestionLine(lines[head] ?? '')) head += 1;
  const headText = stripTags(lines.slice(0, head).join(' '));
  const rest = lines.slice(head);
  if (rest.every(isBlankLine)) return { question: headText, prompt: [] };
  const mark = headText.search(/[?？]/);
  if (mark < 0 || mark === headText.length - 1) return { question: headText, prompt: rest };
  const leftover = headText.slice(mark + 1).trim();
  return { question: headText.slice(0, mark + 1), prompt: [leftover, '', ...rest] };
}

const NOT_QUESTION_LINE =
  /^(?:```|~~~|<(?:pre|code|img|table|ul|ol|div)\b|[-*+>|]\s|\d{1,9}[.)]\s)/i;

function isQuestionLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !NOT_QUESTION_LINE.test(trimmed);
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
