// `npm run --silent deck -- check FILE...` and `npm run --silent deck -- compile FILE`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CompiledDeck, Diagnostic } from '../src/domain/card-types';
import { compileDeck } from '../src/domain/compiler/compile-deck';
import { describeError } from '../src/domain/describe-error';

const USAGE = `usage: deck check FILE...   report problems in question banks (exit 1 on errors)
       deck compile FILE    print the compiled deck as JSON`;

export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  readText: (file: string) => string;
};

/** Runs one command and returns its exit code: 0 fine, 1 errors in a bank, 2 bad usage. */
export function runDeckCli(args: readonly string[], io: CliIo): number {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (command === 'check' && files.length > 0) return runCheck(files, io);
  if (command === 'compile' && files.length === 1) return runCompile(files[0] ?? '', io);
  io.err(`${describeUsageError(command, files)}\n${USAGE}\n`);
  return 2;
}

function describeUsageError(command: string | undefined, files: readonly string[]): string {
  if (command === undefined) return 'deck: missing command';
  if (command === 'check') return 'deck check: give at least one file';
  if (command === 'compile') return `deck compile: give exactly one file (got ${files.length})`;
  return `deck: unknown command "${command}"`;
}

type Loaded = { deck: CompiledDeck } | { failure: Diagnostic };

function load(file: string, io: CliIo): Loaded {
  try {
    return { deck: compileDeck(io.readText(file), file) };
  } catch (error) {
    const failure: Diagnostic = {
      file,
      line: 1,
      column: 1,
      severity: 'error',
      message: `cannot read the file (${describeReadError(error)})`,
    };
    return { failure };
  }
}

function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return describeError(error);
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, severity, message } = diagnostic;
  return `${file}:${line}:${column}: ${severity}: ${message}`;
}

function runCheck(files: readonly string[], io: CliIo): number {
  let hasErrors = false;
  for (const file of files) {
    const loaded = load(file, io);
    const diagnostics = 'deck' in loaded ? loaded.deck.diagnostics : [loaded.failure];
    const cards = 'deck' in loaded ? loaded.deck.cards.length : 0;
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const lines = diagnostics.map(formatDiagnostic);
    lines.push(`${file}: ${cards} cards, ${warnings} warnings, ${errors} errors`);
    io.out(`${lines.join('\n')}\n`);
    if (errors > 0) hasErrors = true;
  }
  return hasErrors ? 1 : 0;
}

function runCompile(file: string, io: CliIo): number {
  const loaded = load(file, io);
  if (!('deck' in loaded)) {
    io.err(`${formatDiagnostic(loaded.failure)}\n`);
    return 1;
  }
  io.out(`${JSON.stringify(loaded.deck, null, 2)}\n`);
  return loaded.deck.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) {
  process.exitCode = runDeckCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readText: (file) => readFileSync(file, 'utf8'),
  });
}
