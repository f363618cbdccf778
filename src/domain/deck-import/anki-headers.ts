import { type DiagnosticSink, fail } from '../compiler/diagnostics';
import { splitTags } from './delimited-deck';
import { ANKI_HEADER } from './detect-format';

/** What Anki's file headers say (https://docs.ankiweb.net/importing/text-files.html). */
export type AnkiHeaders = {
  separator: string | null;
  isHtml: boolean;
  /** 1-based, as in the header. */
  tagsColumn: number | null;
  /** Note type, deck and GUID columns: not fields of the card. */
  skippedColumns: number[];
  /** The `#columns:` line as written; split once the separator is known. */
  columnsLine: string | null;
  deck: string | null;
  tags: string[];
};

const SEPARATORS: Record<string, string> = {
  tab: '\t',
  comma: ',',
  semicolon: ';',
  space: ' ',
  pipe: '|',
  colon: ':',
};

/** Reads the `#key:value` lines at the top of the file; `bodyStart` is the first other line (0-based). */
export function readAnkiHeaders(
  lines: readonly string[],
  sink: DiagnosticSink,
): { headers: AnkiHeaders; bodyStart: number } {
  const headers: AnkiHeaders = {
    separator: null,
    isHtml: false,
    tagsColumn: null,
    skippedColumns: [],
    columnsLine: null,
    deck: null,
    tags: [],
  };
  let index = 0;
  for (; index < lines.length; index += 1) {
    const match = ANKI_HEADER.exec((lines[index] ?? '').replace(/\r$/, ''));
    if (!match) break;
    applyHeader(headers, (match[1] ?? '').trim().toLowerCase(), match[2] ?? '', index + 1, sink);
  }
  return { headers, bodyStart: index };
}

function applyHeader(
  headers: AnkiHeaders,
  key: string,
  value: string,
  line: number,
  sink: DiagnosticSink,
): void {
  const text = value.trim();
  switch (key) {
    case 'separator': {
      const separator = SEPARATORS[text.toLowerCase()] ?? (value.length === 1 ? value : null);
      if (separator === null) {
        fail(
          sink,
          line,
          1,
          `unknown separator "${text}"; use tab, comma, semicolon, space, pipe or colon`,
        );
      }
      headers.separator = separator;
      return;
    }
    case 'html':
      if (text !== 'true' && text !== 'false') fail(sink, line, 1, '#html: takes true or false');
      headers.isHtml = text === 'true';
      return;
    case 'tags column':
      headers.tagsColumn = readColumn(text, key, line, sink);
      return;
    case 'notetype column':
    case 'deck column':
    case 'guid column': {
      const column = readColumn(text, key, line, sink);
      if (column !== null) headers.skippedColumns.push(column);
      return;
    }
    case 'columns':
      headers.columnsLine = value;
      return;
    case 'deck':
      headers.deck = text === '' ? null : text;
      return;
    case 'tags':
      headers.tags = splitTags(text);
      return;
    default:
      // #notetype:, #if matches: and the like change nothing for a Drillbook deck.
      return;
  }
}

function readColumn(text: string, key: string, line: number, sink: DiagnosticSink): number | null {
  const column = Number(text);
  if (Number.isInteger(column) && column >= 1) return column;
  fail(sink, line, 1, `#${key}: takes a column number (1 is the first column), not "${text}"`);
  return null;
}
