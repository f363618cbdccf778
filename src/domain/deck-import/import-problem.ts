import type { Diagnostic } from '../card-types';

/** Why a file (or one line of it) was not imported. `line` is null when the whole file is at fault. */
export type ImportProblem = { file: string; line: number | null; message: string };

export function createProblem(file: string, line: number | null, message: string): ImportProblem {
  return { file, line, message };
}

/** `deck.csv, line 3: ...` or `photo.png: ...`: the file first, so a user knows where to look. */
export function formatProblem(problem: ImportProblem): string {
  const where = problem.line === null ? problem.file : `${problem.file}, line ${problem.line}`;
  return `${where}: ${problem.message}`;
}

export function toImportProblem(diagnostic: Diagnostic): ImportProblem {
  return { file: diagnostic.file, line: diagnostic.line, message: diagnostic.message };
}

/** Errors stop a file from being imported (as they stop a build of cards/); warnings do not. */
export function splitDiagnostics(diagnostics: readonly Diagnostic[]): {
  errors: ImportProblem[];
  warnings: ImportProblem[];
} {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').map(toImportProblem),
    warnings: diagnostics.filter((d) => d.severity === 'warning').map(toImportProblem),
  };
}
