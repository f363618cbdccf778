import type { Diagnostic, Severity } from '../card-types';

/** Collects the diagnostics of one file as the passes find them. */
export type DiagnosticSink = {
  file: string;
  list: Diagnostic[];
};

export function createSink(file: string): DiagnosticSink {
  return { file, list: [] };
}

export function report(
  sink: DiagnosticSink,
  severity: Severity,
  line: number,
  column: number,
  message: string,
): void {
  sink.list.push({
    file: sink.file,
    line: Math.max(1, line),
    column: Math.max(1, column),
    severity,
    message,
  });
}

export function warn(sink: DiagnosticSink, line: number, column: number, message: string): void {
  report(sink, 'warning', line, column, message);
}

export function fail(sink: DiagnosticSink, line: number, column: number, message: string): void {
  report(sink, 'error', line, column, message);
}

/** Diagnostics in reading order, errors first on the same spot, stable otherwise. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort(
      (a, b) =>
        a.diagnostic.line - b.diagnostic.line ||
        a.diagnostic.column - b.diagnostic.column ||
        severityRank(a.diagnostic) - severityRank(b.diagnostic) ||
        a.index - b.index,
    )
    .map((entry) => entry.diagnostic);
}

function severityRank(diagnostic: Diagnostic): number {
  return diagnostic.severity === 'error' ? 0 : 1;
}

/** Shortens user text quoted in a message, so a 1 MB line never lands in a diagnostic. */
export function quote(text: string): string {
  const limit = 60;
  const short = text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
  return `"${short}"`;
}
