import { firstNonBlank } from './line-scan';
import { isAnswerTitle, stripEmphasis } from './section-titles';

export type QuestionLine = { number: number | null; text: string; column: number };
export type AnswerLabel = { title: string; rest: string; column: number };

// `Q:`, `Q.`, `Q1.`, `**Q3:**`, `Question 2:`, `**Question:**`: a separator is required, and
// `.`/`)` only after a number or a lone `Q`, so ordinary sentences starting with "Question"
// (and `Q4 planning`, `Q1?`) are left alone.
const QUESTION_LINE =
  /^([ \t]{0,3})(?:\*\*|__)?(Q|[Qq]uestion)(?:[ \t]?#?(\d{1,6}))?(?:\*\*|__)?[ \t]?([:.)])(?:\*\*|__)?(?:[ \t]+|$)/;

export function readQuestionLine(raw: string): QuestionLine | null {
  const first = raw.charCodeAt(firstNonBlank(raw));
  if (first !== 81 && first !== 113 && first !== 42 && first !== 95) return null; // Q q * _
  const match = QUESTION_LINE.exec(raw);
  if (!match) return null;
  const number = match[3] ? Number(match[3]) : null;
  const separator = match[4];
  if (number === null && separator !== ':' && !(separator === '.' && match[2] === 'Q')) {
    return null;
  }
  return { number, text: raw.slice(match[0].length).trim(), column: (match[1]?.length ?? 0) + 1 };
}

const LABEL_HEAD =
  /^([ \t]{0,3})(?:\*\*|__|\*|_)?([A-Za-z][A-Za-z ;/-]{0,38}?)(?:\*\*|__|\*|_)?[ \t]?:/;
const SHORT_LABELS = new Set(['a', 'ans']);

/** `A: text`, `**Answer:** text`, or a line holding only `**Answer**` / `TL;DR:`. */
export function readAnswerLabel(raw: string): AnswerLabel | null {
  const start = firstNonBlank(raw);
  if (!startsLikeLabel(raw.charCodeAt(start))) return null;
  const colon = raw.indexOf(':', start);
  const match = colon >= 0 && colon - start < 48 ? LABEL_HEAD.exec(raw) : null;
  if (match) {
    const title = match[2]?.trim() ?? '';
    if (SHORT_LABELS.has(title.toLowerCase()) || isAnswerTitle(title)) {
      const rest = raw
        .slice(match[0].length)
        .replace(/^(?:\*\*|__|\*|_)/, '')
        .trim();
      return {
        title: title.length <= 3 ? 'Answer' : title,
        rest,
        column: (match[1]?.length ?? 0) + 1,
      };
    }
  }
  if (raw.length - start > 48) return null;
  const trimmed = raw.trim();
  if (trimmed.length > 40) return null;
  const whole = stripEmphasis(trimmed);
  if (!isAnswerTitle(whole)) return null;
  return { title: whole, rest: '', column: raw.length - raw.trimStart().length + 1 };
}

/** Labels start with a letter or emphasis: this skips list items, tables, quotes and HTML. */
function startsLikeLabel(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 42 || code === 95;
}

const SHOUTING = /^[A-Z][A-Z '&-]{2,58}[A-Z]$/;

/**
 * A standalone plain line in capitals, such as `WOKRING EXAMPLE`, reads as a heading to people
 * even though markdown sees a paragraph. Bold labels (`**POST**`) stay part of their section.
 * The caller checks that blank lines surround it.
 */
export function readShoutedTitle(raw: string): string | null {
  const start = firstNonBlank(raw);
  const first = raw.charCodeAt(start);
  if (first < 65 || first > 90 || raw.length - start > 70) return null;
  const title = raw.trim();
  if (title.length > 64 || !SHOUTING.test(title)) return null;
  let letters = 0;
  for (let i = 0; i < title.length; i += 1) {
    const code = title.charCodeAt(i);
    if (code >= 65 && code <= 90) letters += 1;
  }
  const words = title.split(/\s+/).length;
  return letters >= 4 && words <= 8 ? title : null;
}
