import { isAnswerTitle, stripEmphasis } from './section-titles';

export type QuestionLine = { number: number | null; text: string; column: number };
export type AnswerLabel = { title: string; rest: string; column: number };

// `Q:`, `Q1.`, `**Q3:**`, `Question 2:`, `**Question:**`: a separator is required, and `.`/`)`
// only after a number, so ordinary sentences starting with "Question" are left alone.
const QUESTION_LINE =
  /^([ \t]{0,3})(?:\*\*|__)?(?:Q|[Qq]uestion)(?:[ \t]?#?(\d{1,6}))?(?:\*\*|__)?[ \t]?([:.)])(?:\*\*|__)?(?:[ \t]+|$)/;

export function readQuestionLine(raw: string): QuestionLine | null {
  const match = QUESTION_LINE.exec(raw);
  if (!match) return null;
  const number = match[2] ? Number(match[2]) : null;
  if (match[3] !== ':' && number === null) return null;
  return { number, text: raw.slice(match[0].length).trim(), column: (match[1]?.length ?? 0) + 1 };
}

const LABEL_HEAD = /^([ \t]{0,3})(?:\*\*|__|\*|_)?([A-Za-z][A-Za-z ;/-]{0,38}?)(?:\*\*|__|\*|_)?[ \t]?:/;
const SHORT_LABELS = new Set(['a', 'ans']);

/** `A: text`, `**Answer:** text`, or a line holding only `**Answer**` / `TL;DR:`. */
export function readAnswerLabel(raw: string): AnswerLabel | null {
  const match = LABEL_HEAD.exec(raw);
  if (match) {
    const title = match[2]?.trim() ?? '';
    if (SHORT_LABELS.has(title.toLowerCase()) || isAnswerTitle(title)) {
      const rest = raw.slice(match[0].length).replace(/^(?:\*\*|__|\*|_)/, '').trim();
      return { title: title.length <= 3 ? 'Answer' : title, rest, column: (match[1]?.length ?? 0) + 1 };
    }
  }
  const trimmed = raw.trim();
  if (trimmed.length > 40) return null;
  const whole = stripEmphasis(trimmed);
  if (!isAnswerTitle(whole)) return null;
  return { title: whole, rest: '', column: raw.length - raw.trimStart().length + 1 };
}

const SHOUTING = /^[A-Z][A-Z '&-]{2,58}[A-Z]$/;

/**
 * A standalone plain line in capitals, such as `WOKRING EXAMPLE`, reads as a heading to people
 * even though markdown sees a paragraph. Bold labels (`**POST**`) stay part of their section.
 * The caller checks that blank lines surround it.
 */
export function readShoutedTitle(raw: string): string | null {
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
