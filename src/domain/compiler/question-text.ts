import { stripEmphasis } from './section-titles';

/** How sure we are that a heading is a question, from its own text. */
export type QuestionSignal = 'strong' | 'numbered' | 'weak' | 'none';

export type Marker = {
  /** As written, without brackets: `TODO`. */
  name: string;
  /** 0-based offset of `[` in the text the marker was read from. */
  offset: number;
};

export type QuestionText = {
  text: string;
  number: number | null;
  markers: Marker[];
  explicitId: string | null;
  signal: QuestionSignal;
};

const QUESTION_PREFIX = /^question[ \t]*#?[ \t]*(\d{1,6})(?:[ \t]*[:.)\-–—])?[ \t]*/i;
/** `Q4.`, `Q4:` or `Q4)` numbers a question; `Q4 planning` and `Q1?` are text. */
const Q_PREFIX = /^q[ \t]*#?[ \t]*(\d{1,6})[ \t]*[:.)](?!\d)[ \t]*/i;
/** `Question: ...`, `Q: ...`, `Q. ...`: a question without a number. */
const BARE_QUESTION_PREFIX = /^(?:question[ \t]*:[ \t]*|q[ \t]*[:.][ \t]+)/i;
const NUMBER_PREFIX = /^(\d{1,6})[ \t]*[.):][ \t]+/;
const LEADING_EMPHASIS = /^(?:\*\*|__|\*|_)/;
const CLOSING_EMPHASIS = /^(?:\*\*|__|\*|_)[ \t]*/;
const MARKER_NAME = /^[A-Z][A-Z0-9 _-]{0,19}$/;

/** Splits a heading (or `Q:` line) into number, text, `[TODO]`-style markers and `{#id}`. */
export function parseQuestionText(source: string): QuestionText {
  const withoutId = extractExplicitId(source);
  const marked = extractMarkers(withoutId.text);
  const numbered = extractNumber(stripEmphasis(marked.text));
  const text = stripFormattingTags(stripEmphasis(numbered.text));
  return {
    text,
    number: numbered.number,
    markers: marked.markers,
    explicitId: withoutId.id,
    signal: signalOf(numbered.prefix, withoutId.id !== null, text),
  };
}

function signalOf(
  prefix: 'question' | 'number' | null,
  hasId: boolean,
  text: string,
): QuestionSignal {
  if (prefix === 'question' || hasId) return 'strong';
  if (prefix === 'number') return 'numbered';
  return text.endsWith('?') || text.endsWith('？') ? 'weak' : 'none';
}

function extractExplicitId(text: string): { text: string; id: string | null } {
  const open = text.lastIndexOf('{#');
  if (open < 0) return { text, id: null };
  const close = text.indexOf('}', open);
  if (close < 0) return { text, id: null };
  const id = text.slice(open + 2, close).trim();
  if (id === '' || /\s/.test(id)) return { text, id: null };
  return { text: `${text.slice(0, open)}${text.slice(close + 1)}`.trim(), id };
}

/** Markers are all-caps bracketed words at either end of the text: `[TODO]`, `[WIP]`. */
function extractMarkers(source: string): { text: string; markers: Marker[] } {
  const markers: Marker[] = [];
  let start = 0;
  let end = source.length;
  for (;;) {
    while (start < end && isBlank(source.charCodeAt(start))) start += 1;
    while (end > start && isBlank(source.charCodeAt(end - 1))) end -= 1;
    if (source.charCodeAt(end - 1) === 93) {
      const open = source.lastIndexOf('[', end - 1);
      if (open >= start && MARKER_NAME.test(source.slice(open + 1, end - 1))) {
        markers.push({ name: source.slice(open + 1, end - 1), offset: open });
        end = open;
        continue;
      }
    }
    if (source.charCodeAt(start) === 91) {
      const close = source.indexOf(']', start);
      const name = close > start ? source.slice(start + 1, close) : '';
      if (MARKER_NAME.test(name) && source.charCodeAt(close + 1) !== 40) {
        markers.push({ name, offset: start });
        start = close + 1;
        continue;
      }
    }
    break;
  }
  markers.sort((a, b) => a.offset - b.offset);
  return { text: source.slice(start, end), markers };
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

type NumberedText = { text: string; number: number | null; prefix: 'question' | 'number' | null };

function extractNumber(text: string): NumberedText {
  const lead = LEADING_EMPHASIS.exec(text)?.[0] ?? '';
  const body = text.slice(lead.length);
  const question = QUESTION_PREFIX.exec(body) ?? Q_PREFIX.exec(body);
  if (question) return afterPrefix(body, question, 'question');
  const bare = BARE_QUESTION_PREFIX.exec(body);
  if (bare) return { ...afterPrefix(body, bare, 'question'), number: null };
  const numbered = NUMBER_PREFIX.exec(body);
  if (numbered) return afterPrefix(body, numbered, 'number');
  return { text, number: null, prefix: null };
}

function afterPrefix(
  body: string,
  match: RegExpExecArray,
  prefix: 'question' | 'number',
): NumberedText {
  let rest = body.slice(match[0].length);
  const closing = CLOSING_EMPHASIS.exec(rest);
  if (closing) rest = rest.slice(closing[0].length);
  return { text: rest.trim(), number: match[1] ? Number(match[1]) : null, prefix };
}

// Inline formatting HTML (`<b>mutex</b>`, `<br>`) would show as tags in a question, which is
// plain text: the tags go, `<code>x</code>` becomes `x` in backticks as the rest of the bank
// writes it, and inside a `code span` a tag is the text itself.
const FORMATTING_TAG =
  /<\/?(?:b|i|em|strong|u|s|del|ins|mark|small|br|p|code|kbd|sup|sub|pre|span|tt)(?:[ \t][^<>]*)?\/?>/gi;

const CODE_TAG = /<\/?(?:code|kbd|tt)>/gi;

function stripFormattingTags(text: string): string {
  if (!text.includes('<')) return text;
  const parts = text.split(/(`[^`]*`)/);
  const stripped = parts.map((part, i) =>
    i % 2 === 1 ? part : part.replace(CODE_TAG, '`').replace(FORMATTING_TAG, ' '),
  );
  return stripped
    .join('')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([?.!,:;])/g, '$1')
    .trim();
}
