import Papa from 'papaparse';

export type DelimitedRow = { line: number; cells: string[] };

export type DelimitedRows = {
  rows: DelimitedRow[];
  /** Malformed quoting, with the line where the broken field starts. */
  errors: { line: number; message: string }[];
};

/**
 * Splits `text` (from `startLine`, 1-based, in the original file) into rows of cells with the
 * line each row starts on. Quoted fields may span lines, as Anki and spreadsheets write them.
 * Blank rows are skipped.
 */
export function parseDelimitedRows(
  text: string,
  delimiter: string,
  startLine: number,
): DelimitedRows {
  const lineStarts = indexLineStarts(text);
  const toLine = (offset: number) => startLine + findLineIndex(lineStarts, offset);
  const rows: DelimitedRow[] = [];
  const errors: DelimitedRows['errors'] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    step: (result) => {
      const line = toLine(rowStart);
      for (const error of result.errors) {
        errors.push({ line: toLine(error.index ?? rowStart), message: describeQuoteError(error) });
      }
      if (result.data.some((cell) => cell.trim() !== '')) rows.push({ line, cells: result.data });
      rowStart = result.meta.cursor;
    },
  });
  return { rows, errors };
}

function describeQuoteError(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') return 'a quoted field is never closed (a " is missing)';
  if (error.code === 'InvalidQuotes') return 'a quote (") inside a field is not doubled ("")';
  return error.message;
}

function indexLineStarts(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at >= 0) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return starts;
}

/** Index of the last line start at or before `offset`. */
function findLineIndex(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
