import { readExtension } from './import-limits';

/**
 * - `markdown`: a question bank (docs/architecture.md, "Question bank format");
 * - `anki-text`: Anki-style plain text, `#separator:` headers or tab-separated front/back/tags;
 * - `csv`: comma- (or semicolon-) separated values with a header row (question, answer, tags);
 * - `json`: a Drillbook backup (or JSON of another shape, refused later with a message).
 */
export type ImportFormat = 'markdown' | 'anki-text' | 'csv' | 'json';

/** Anki's file headers: `#separator:tab`, `#html:true`, `#tags column:3`, ... */
export const ANKI_HEADER = /^#([a-z][a-z ]*):(.*)$/i;

const SAMPLE_LINES = 200;
const MARKDOWN_SIGNS = [
  /^ {0,3}#{1,6}(?:[ \t]|$)/, // ATX heading
  /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+#{1,6}[ \t]/, // heading inside a list item
  /^\s*<details\b/i,
  /^\s*\**(?:Q|Question)\s*\d*\**\s*[:.]/i, // Q: lines
  /^ {0,3}(?:```|~~~)/, // code fence
];
const JSON_ARRAY_START = /^\[\s*(?:[[{"\d\]-]|true|false|null)/;
const QUESTION_CELL = /^\s*"?\s*(?:question|front)\s*"?\s*$/i;
const ANSWER_CELL = /^\s*"?\s*(?:answer|back)\s*"?\s*$/i;

/** Decides the format from the content; the file name only breaks ties (design: content first). */
export function detectFormat(text: string, fileName: string): ImportFormat {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start.startsWith('{') || JSON_ARRAY_START.test(start)) return 'json';
  const lines = sampleLines(start);
  const first = lines[0] ?? '';
  if (ANKI_HEADER.test(first)) return 'anki-text';
  // Before the markdown signs: a quoted answer may well hold a heading or a code fence.
  if (hasQuestionHeader(first)) return first.includes('\t') ? 'anki-text' : 'csv';
  if (first.trimEnd() === '---' || lines.some((line) => MARKDOWN_SIGNS.some((s) => s.test(line)))) {
    return 'markdown';
  }
  const extension = readExtension(fileName);
  if (extension === '.tsv' || isMostlyTabSeparated(lines)) return 'anki-text';
  if (extension === '.csv') return 'csv';
  if (extension === '.json') return 'json';
  return 'markdown';
}

function sampleLines(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  while (lines.length < SAMPLE_LINES && from <= text.length) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end).replace(/\r$/, '');
    if (line.trim() !== '') lines.push(line);
    if (end < 0) break;
    from = end + 1;
  }
  return lines;
}

/** A header row names both the question and the answer column. */
function hasQuestionHeader(line: string): boolean {
  const cells = line.split(/[,;\t]/);
  return cells.some((cell) => QUESTION_CELL.test(cell)) && cells.some((c) => ANSWER_CELL.test(c));
}

function isMostlyTabSeparated(lines: readonly string[]): boolean {
  if (lines.length === 0) return false;
  const tabbed = lines.filter((line) => line.includes('\t')).length;
  return tabbed * 2 > lines.length;
}
