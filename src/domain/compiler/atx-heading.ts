// Hand-written character scans instead of regular expressions: these run on every line, and
// must stay linear on pathological input (a 1 MB line, 50,000 list markers).

export type AtxHeading = {
  level: number;
  text: string;
  /** 1-based column of the first `#`. */
  column: number;
  listNumber: number | null;
  listIndent: number;
};

const SPACE = 32;
const TAB = 9;
const HASH = 35;

function isBlankChar(code: number): boolean {
  return code === SPACE || code === TAB;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `## Title`, `  ### Title ##`, or a heading inside a list item: `1. ### Title`, `- ## Title`. */
export function parseAtxHeading(line: string): AtxHeading | null {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === SPACE) i += 1;
  if (line.charCodeAt(i) === HASH) return readHashes(line, i, null);
  return parseListItemHeading(line);
}

function parseListItemHeading(line: string): AtxHeading | null {
  let i = 0;
  while (isBlankChar(line.charCodeAt(i))) i += 1;
  let listNumber: number | null = null;
  const first = line.charCodeAt(i);
  if (isDigit(first)) {
    const start = i;
    while (isDigit(line.charCodeAt(i)) && i - start < 9) i += 1;
    const mark = line.charCodeAt(i);
    if (mark !== 46 && mark !== 41) return null; // `.` or `)`
    listNumber = Number(line.slice(start, i));
    i += 1;
  } else if (first === 45 || first === 42 || first === 43) {
    i += 1; // `-`, `*`, `+`
  } else {
    return null;
  }
  if (!isBlankChar(line.charCodeAt(i))) return null;
  while (isBlankChar(line.charCodeAt(i))) i += 1;
  if (line.charCodeAt(i) !== HASH) return null;
  return readHashes(line, i, listNumber);
}

function readHashes(line: string, start: number, listNumber: number | null): AtxHeading | null {
  let i = start;
  while (line.charCodeAt(i) === HASH) i += 1;
  const level = i - start;
  if (level > 6) return null;
  if (i < line.length && !isBlankChar(line.charCodeAt(i))) return null;
  const isInList = listNumber !== null || start > 3 || !isPlainIndent(line, start);
  return {
    level,
    text: stripClosingSequence(line.slice(i)),
    column: start + 1,
    listNumber,
    listIndent: isInList ? start : 0,
  };
}

function isPlainIndent(line: string, end: number): boolean {
  for (let i = 0; i < end; i += 1) if (line.charCodeAt(i) !== SPACE) return false;
  return true;
}

/** Removes the optional closing `#` run (`## Title ##`) and surrounding blanks. */
export function stripClosingSequence(content: string): string {
  const text = content.trim();
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === HASH) end -= 1;
  if (end === text.length) return text;
  if (end === 0) return '';
  return isBlankChar(text.charCodeAt(end - 1)) ? text.slice(0, end).trimEnd() : text;
}
