import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDeckCli } from '../../scripts/deck-cli';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SEED = 'tests/fixtures/markdown/seed-question-bank.md';
const DUPLICATE_IDS = 'tests/fixtures/markdown/duplicate-explicit-ids.md';
const NO_QUESTIONS = 'tests/fixtures/markdown/no-questions.md';
const CHOICES = 'tests/fixtures/markdown/given-choices.md';

function readFixture(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

type Run = { status: number | null; stdout: string; stderr: string };

function runDeck(...args: string[]): Run {
  const result = spawnSync(TSX, ['scripts/deck-cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Starting tsx takes seconds when the two cores are busy: spawning tests get a generous timeout.
const SPAWN = { timeout: 60_000 };

function outputLines(run: Run): string[] {
  return run.stdout.split('\n').filter((line) => line !== '');
}

describe('deck check', () => {
  it('prints each diagnostic and a summary per file; exit 0 with warnings only', SPAWN, () => {
    const run = runDeck('check', SEED);
    expect(outputLines(run)).toEqual([
      `${SEED}:567:1: warning: "WOKRING EXAMPLE" looks like a heading; it starts a section of its own`,
      `${SEED}:1496:72: warning: question is marked [TODO]`,
      `${SEED}: 19 cards, 2 warnings, 0 errors`,
    ]);
    expect(run.status).toBe(0);
  });

  it('exits 1 when any file has an error, and names a missing file', SPAWN, () => {
    const run = runDeck('check', SEED, NO_QUESTIONS, 'tests/fixtures/markdown/missing.md');
    const lines = outputLines(run);
    expect(lines).toContain(`${SEED}: 19 cards, 2 warnings, 0 errors`);
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^${NO_QUESTIONS}:1:1: error: no questions found`)),
    );
    expect(lines).toContain(`${NO_QUESTIONS}: 0 cards, 0 warnings, 1 errors`);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^tests\/fixtures\/markdown\/missing\.md:1:1: error: cannot read the file/,
      ),
    );
    expect(lines.at(-1)).toBe('tests/fixtures/markdown/missing.md: 0 cards, 0 warnings, 1 errors');
    expect(run.status).toBe(1);
  });

  it('reports a problem with one question as a warning and exits 0', () => {
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: () => undefined, readText: readFixture };
    expect(runDeckCli(['check', DUPLICATE_IDS], io)).toBe(0);
    expect(out.join('')).toContain(`${DUPLICATE_IDS}:7:1: warning: explicit id {#heap}`);
    expect(out.join('')).toContain(`${DUPLICATE_IDS}: 2 cards, 1 warnings, 0 errors`);
  });
});

describe('deck compile', () => {
  it('prints the compiled deck as JSON with the documented fields', SPAWN, () => {
    const run = runDeck('compile', SEED);
    expect(run.status).toBe(0);
    const compiled = JSON.parse(run.stdout);
    expect(Object.keys(compiled)).toEqual(['deck', 'cards', 'diagnostics']);
    expect(compiled.cards).toHaveLength(19);
    const card = compiled.cards[5];
    expect(Object.keys(card)).toEqual([
      'id',
      'deckId',
      'number',
      'question',
      'prompt',
      'answer',
      'sections',
      'tags',
      'source',
    ]);
    expect(card.prompt).toBe('');
    expect(card).toMatchObject({
      number: 7,
      question: 'Difference between PUT vs PATCH with real backend use-cases.',
      source: { file: SEED, line: 405 },
    });
    expect(Object.keys(card.sections[0])).toEqual(['title', 'markdown']);
    expect(compiled.diagnostics).toHaveLength(2);
  });

  it("prints a card's prompt and, when the bank marks a right option, its choices", () => {
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: () => undefined, readText: readFixture };
    expect(runDeckCli(['compile', CHOICES], io)).toBe(0);
    const card = JSON.parse(out.join('')).cards[0];
    expect(Object.keys(card)).toEqual([
      'id',
      'deckId',
      'number',
      'question',
      'prompt',
      'answer',
      'sections',
      'choices',
      'tags',
      'source',
    ]);
    expect(card.prompt).toBe('- A: 80\n- B: 8080\n- C: 21\n- D: 443');
    expect(card.choices).toContainEqual({ text: '443', correct: true });
  });

  it('exits 1 when the deck has errors, still printing it', () => {
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: () => undefined, readText: readFixture };
    expect(runDeckCli(['compile', NO_QUESTIONS], io)).toBe(1);
    expect(JSON.parse(out.join('')).diagnostics[0].severity).toBe('error');
  });
});

describe('deck usage errors', () => {
  it('prints usage on stderr and exits 2 without a command', SPAWN, () => {
    const run = runDeck();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: deck check FILE...');
    expect(run.stdout).toBe('');
  });

  it.each([[['compile']], [['compile', SEED, SEED]], [['check']], [['frobnicate', SEED]]])(
    'answers %j with usage and exit code 2',
    (args) => {
      const out: string[] = [];
      const err: string[] = [];
      const io = {
        out: (t: string) => out.push(t),
        err: (t: string) => err.push(t),
        readText: () => '',
      };
      expect(runDeckCli(args, io)).toBe(2);
      expect(err.join('')).toContain('usage: deck check FILE...');
      expect(out).toEqual([]);
    },
  );
});
