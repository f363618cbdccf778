import type { CardSection, CompiledDeck } from '../card-types';
import { buildDeckMeta } from '../compiler/deck-meta';
import { createSink, type DiagnosticSink, fail, sortDiagnostics } from '../compiler/diagnostics';
import { type AnkiHeaders, readAnkiHeaders } from './anki-headers';
import { buildDelimitedDeck, type DelimitedCard, splitTags } from './delimited-deck';
import { type DelimitedRow, parseDelimitedRows } from './delimited-rows';
import { htmlToMarkdown } from './html-fields';

type ColumnPlan = {
  question: number;
  answer: number;
  tags: number | null;
  /** Further fields become sections, titled by their column name. */
  extras: { index: number; title: string }[];
};

const QUESTION_NAMES = new Set(['question', 'front', 'q']);
const ANSWER_NAMES = new Set(['answer', 'back', 'a']);
const TAG_NAMES = new Set(['tags', 'tag']);

/** Anki-style plain text: optional `#` headers, then front, back (and tags) per row. */
export function parseAnkiText(text: string, file: string): CompiledDeck {
  const sink = createSink(file);
  const lines = splitLines(text);
  const { headers, bodyStart } = readAnkiHeaders(lines, sink);
  const body = lines.slice(bodyStart).join('\n');
  const separator =
    headers.separator ?? guessSeparator(lines.slice(bodyStart, bodyStart + 5).join('\n'));
  const parsed = parseDelimitedRows(body, separator, bodyStart + 1);
  reportQuoteErrors(parsed.errors, sink);
  let rows = parsed.rows;
  // Plain front, back, tags rows, when no header says otherwise.
  const tagsColumn = headers.tagsColumn ?? (bodyStart === 0 ? 3 : null);
  let plan = planAnkiColumns({ ...headers, tagsColumn }, separator, widestRow(rows));
  const first = rows[0];
  // A header row in a file without `#` headers (a spreadsheet's TSV): use its names.
  if (bodyStart === 0 && first && isHeaderRow(first)) {
    plan = planNamedColumns(first, sink) ?? plan;
    rows = rows.slice(1);
  }
  return finish(
    file,
    { title: headers.deck, tags: headers.tags },
    rows,
    plan,
    headers.isHtml,
    sink,
  );
}

/** CSV with a header row naming the columns: question, answer and optionally tags. */
export function parseHeaderCsv(text: string, file: string): CompiledDeck {
  const sink = createSink(file);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.slice(0, Math.max(0, body.indexOf('\n')) || body.length);
  const parsed = parseDelimitedRows(body, guessSeparator(firstLine), 1);
  reportQuoteErrors(parsed.errors, sink);
  const [header, ...rows] = parsed.rows;
  const plan = header ? planNamedColumns(header, sink) : null;
  if (!header || !plan) {
    if (!header) fail(sink, 1, 1, 'the file has no rows');
    return { deck: emptyMeta(file), cards: [], diagnostics: sortDiagnostics(sink.list) };
  }
  return finish(file, { title: null, tags: [] }, rows, plan, false, sink);
}

function finish(
  file: string,
  deck: { title: string | null; tags: string[] },
  rows: readonly DelimitedRow[],
  plan: ColumnPlan,
  isHtml: boolean,
  sink: DiagnosticSink,
): CompiledDeck {
  const field = (value: string | undefined) =>
    isHtml ? htmlToMarkdown(value ?? '') : (value ?? '').trim();
  const cards = rows.flatMap((row): DelimitedCard[] => {
    const needed = Math.max(plan.question, plan.answer) + 1;
    if (row.cells.length < needed) {
      const found = row.cells.length === 1 ? '1 column' : `${row.cells.length} columns`;
      fail(
        sink,
        row.line,
        1,
        `the row has ${found}; expected at least ${needed} (question and answer)`,
      );
      return [];
    }
    const sections: CardSection[] = plan.extras.map(({ index, title }) => ({
      title,
      markdown: field(row.cells[index]),
    }));
    const tags = plan.tags === null ? [] : splitTags(row.cells[plan.tags] ?? '');
    return [
      {
        line: row.line,
        question: isHtml
          ? htmlToMarkdown(row.cells[plan.question] ?? '')
          : (row.cells[plan.question] ?? ''),
        answer: field(row.cells[plan.answer]),
        sections,
        tags,
      },
    ];
  });
  return buildDelimitedDeck({ file, title: deck.title, tags: deck.tags, cards }, sink);
}

function planAnkiColumns(headers: AnkiHeaders, separator: string, width: number): ColumnPlan {
  const names = headers.columnsLine?.split(separator).map((name) => name.trim()) ?? [];
  const tags = headers.tagsColumn === null ? null : headers.tagsColumn - 1;
  const skipped = new Set(headers.skippedColumns.map((column) => column - 1));
  const fields: number[] = [];
  for (let i = 0; i < Math.max(width, 2); i += 1) if (i !== tags && !skipped.has(i)) fields.push(i);
  const [question = 0, answer = 1, ...rest] = fields;
  return {
    question,
    answer,
    tags,
    extras: rest.map((index, i) => ({ index, title: names[index] || `Field ${i + 3}` })),
  };
}

function planNamedColumns(header: DelimitedRow, sink: DiagnosticSink): ColumnPlan | null {
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const question = names.findIndex((name) => QUESTION_NAMES.has(name));
  const answer = names.findIndex((name) => ANSWER_NAMES.has(name));
  if (question < 0 || answer < 0) {
    const found = header.cells.map((cell) => cell.trim()).join(', ');
    fail(
      sink,
      header.line,
      1,
      `expected a header row with the columns question, answer and optionally tags; found "${found}"`,
    );
    return null;
  }
  const tags = names.findIndex((name) => TAG_NAMES.has(name));
  const extras = header.cells.flatMap((cell, index) =>
    index === question || index === answer || index === tags || cell.trim() === ''
      ? []
      : [{ index, title: cell.trim() }],
  );
  return { question, answer, tags: tags < 0 ? null : tags, extras };
}

function isHeaderRow(row: DelimitedRow): boolean {
  const names = row.cells.map((cell) => cell.trim().toLowerCase());
  return names.some((n) => QUESTION_NAMES.has(n)) && names.some((n) => ANSWER_NAMES.has(n));
}

/** Without a `#separator:` header: tab, then semicolon, then comma, as found in the first rows. */
function guessSeparator(sample: string): string {
  if (sample.includes('\t')) return '\t';
  const semicolons = sample.split(';').length;
  const commas = sample.split(',').length;
  return semicolons > commas ? ';' : ',';
}

function widestRow(rows: readonly DelimitedRow[]): number {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.cells.length);
  return width;
}

function reportQuoteErrors(
  errors: { line: number; message: string }[],
  sink: DiagnosticSink,
): void {
  for (const error of errors) fail(sink, error.line, 1, error.message);
}

function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split('\n');
}

function emptyMeta(file: string): CompiledDeck['deck'] {
  return buildDeckMeta({ title: null, id: null, description: null, tags: [] }, null, file);
}
