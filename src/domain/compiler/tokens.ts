// The compiler works in two passes over lines: a fence-aware scan into line tokens, then a
// refinement that recognises labels, navigation and <details> blocks. Lines are 1-based.

export type HeadingToken = {
  kind: 'heading';
  line: number;
  column: number;
  level: number;
  /** Heading content without the `#` markers and closing sequence. */
  text: string;
  raw: string;
  /** The number of the list item the heading sits in (`1. ### What ...`), if any. */
  listNumber: number | null;
  /** Columns taken by the list marker, removed from the body lines of the question. */
  listIndent: number;
};

export type TextToken = {
  kind: 'text';
  line: number;
  raw: string;
  /** Inside a code fence (or the fence line itself): never interpreted. */
  isCode: boolean;
};

export type LineToken = HeadingToken | TextToken;

/** A standalone line that acts like a heading: `WOKRING EXAMPLE`, `**Answer:**`. */
export type PseudoHeadingToken = {
  kind: 'pseudo';
  line: number;
  column: number;
  title: string;
  raw: string;
  isAnswer: boolean;
  /** Text that followed an inline label such as `**Answer:** text`. */
  rest: string;
};

/** A `Q:` / `Question 3:` line. */
export type QuestionLineToken = {
  kind: 'question-line';
  line: number;
  column: number;
  number: number | null;
  text: string;
  raw: string;
};

export type DetailsToken = {
  kind: 'details';
  line: number;
  column: number;
  /** The question the summary asks (tags stripped). */
  summary: string;
  /** Lines of a long summary after its question: code or options shown with it. */
  prompt: string[];
  body: string[];
};

export type Token = LineToken | PseudoHeadingToken | QuestionLineToken | DetailsToken;
