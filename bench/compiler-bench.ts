// Compiler throughput against markdown-it's and mdast's parse of the same text, linear scaling,
// and adversarial inputs, all in CPU time (the machine is shared: waiting for a core is not the
// parser's cost). Run: npx tsx bench/compiler-bench.ts
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import MarkdownIt from 'markdown-it';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { compileDeck } from '../src/domain/compiler/compile-deck';
import { writeBenchResult } from './bench-support';

const MB = 1024 * 1024;
const SEED_BANK = 'tests/fixtures/markdown/seed-question-bank.md';

/** Mulberry32: a small seeded PRNG, so the generated bank is the same on every run. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'request response server client cache index query token session cookie header route ' +
  'handler latency throughput queue worker thread process memory socket stream buffer ' +
  'retry timeout backoff replica shard partition leader follower consensus schema table ' +
  'column transaction isolation lock deadlock idempotent payload gateway proxy balancer ' +
  'container image cluster deploy rollback metric trace log alert budget quota limit'
).split(' ');

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const int = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

function sentence(random: Random, min: number, max: number): string {
  const text = Array.from({ length: int(random, min, max) }, () => pick(random, WORDS)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function concepts(random: Random): string[] {
  const lines = ['### Concepts', '', `${sentence(random, 12, 30)}.`, ''];
  const items = int(random, 2, 6);
  for (let i = 1; i <= items; i += 1) {
    lines.push(`${i}. **${sentence(random, 2, 4)}**`);
    for (let j = int(random, 1, 3); j > 0; j -= 1) {
      lines.push(`   - ${sentence(random, 4, 12)} \`${pick(random, WORDS)}\`.`);
    }
    lines.push('');
  }
  if (random() < 0.4) {
    lines.push('| Option | When | Cost |', '| --- | --- | --- |');
    for (let i = 0; i < 3; i += 1)
      lines.push(`| ${pick(random, WORDS)} | ${sentence(random, 3, 6)} | ${i} ms |`);
    lines.push('');
  }
  if (random() < 0.3)
    lines.push(`![${sentence(random, 2, 4)}](https://example.com/${int(random, 1, 1e6)}.png)`, '');
  return lines;
}

function snippets(random: Random): string[] {
  const lines = ['---', '', '### Example Code Snippets', ''];
  const examples = int(random, 1, 3);
  for (let i = 1; i <= examples; i += 1) {
    lines.push(
      `**Example ${i}: ${sentence(random, 2, 5)}**`,
      '',
      `\`\`\`${pick(random, ['js', 'sql', 'python'])}`,
    );
    for (let j = int(random, 3, 12); j > 0; j -= 1) {
      lines.push(`${'  '.repeat(j % 3)}const ${pick(random, WORDS)} = f(${j}); // # not a heading`);
    }
    lines.push('```', '');
  }
  return lines;
}

/** A realistic bank of about `bytes` bytes, in the seed bank's style with some variety. */
export function generateBank(bytes: number, seed: number): string {
  const random = createRandom(seed);
  const parts: string[] = ['# Generated bank', ''];
  let size = 0;
  for (let n = 1; size < bytes; n += 1) {
    const heading = pick(random, [`## Question ${n}: `, `## Q${n}. `, `## ${n}. `]);
    const marker = random() < 0.02 ? ' [TODO]' : '';
    const lines = [
      `${heading}${sentence(random, 5, 12)}?${marker}`,
      '',
      ...concepts(random),
      ...snippets(random),
    ];
    lines.push('---', '', '### Interview-Specific Answer', '', `${sentence(random, 20, 45)}.`, '');
    if (random() < 0.1) lines.push('<!-- reviewed -->', '');
    for (const line of lines) parts.push(line);
    size += lines.reduce((total, line) => total + line.length + 1, 0);
  }
  return parts.join('\n');
}

/** Rounds are odd in number, so this is the true median. */
function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

let collectGarbage: (() => void) | null = null;

/** CPU ms of this process, garbage collector threads included, for one run. */
function timeOnce(run: () => unknown): number {
  // Collecting garbage first keeps one run's garbage out of the next one's time.
  if (!collectGarbage) {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    collectGarbage = typeof gc === 'function' ? () => gc() : () => undefined;
  }
  collectGarbage();
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Runs the tasks interleaved, round by round, and returns the median ms of each. */
function timeInterleaved(tasks: Record<string, { run: () => unknown; rounds: number }>) {
  const times = new Map<string, number[]>();
  const rounds = Math.max(...Object.values(tasks).map((task) => task.rounds));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, task] of Object.entries(tasks)) {
      if (round < task.rounds) times.set(name, [...(times.get(name) ?? []), timeOnce(task.run)]);
    }
  }
  return Object.fromEntries([...times].map(([name, list]) => [name, median(list)]));
}

const round = (value: number, digits = 2): number =>
  Math.round(value * 10 ** digits) / 10 ** digits;
const megabytes = (text: string): number => Buffer.byteLength(text, 'utf8') / MB;
const compile = (text: string): unknown => compileDeck(text, 'bench/generated.md');

function measureThroughput(label: string, bank: string): Record<string, unknown> {
  const markdownIt = new MarkdownIt();
  const sample = bank.slice(0, 40_000);
  timeInterleaved({
    compiler: { run: () => compile(bank), rounds: 3 },
    markdownIt: { run: () => markdownIt.parse(sample, {}), rounds: 3 },
    mdast: { run: () => fromMarkdown(sample), rounds: 1 },
  });
  // mdast takes seconds per megabyte: fewer rounds for it, still interleaved with the others.
  const ms = timeInterleaved({
    compiler: { run: () => compile(bank), rounds: 7 },
    markdownIt: { run: () => markdownIt.parse(bank, {}), rounds: 7 },
    mdast: { run: () => fromMarkdown(bank), rounds: 3 },
  });
  const size = megabytes(bank);
  const rate = (name: string): number => round(size / ((ms[name] ?? 1) / 1000));
  const mbPerSecond = {
    compiler: rate('compiler'),
    markdownIt: rate('markdownIt'),
    mdast: rate('mdast'),
  };
  const result = {
    inputMB: round(size, 3),
    medianMs: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, round(v)])),
    mbPerSecond,
    ratioCompilerToMarkdownIt: round(mbPerSecond.compiler / mbPerSecond.markdownIt),
    ratioCompilerToMdast: round(mbPerSecond.compiler / mbPerSecond.mdast),
  };
  console.log(`${label}, ${result.inputMB} MB (medians of 7, mdast of 3, interleaved):`);
  for (const [name, value] of Object.entries(mbPerSecond)) {
    console.log(
      `  ${name.padEnd(11)} ${String(value).padStart(8)} MB/s  (${result.medianMs[name]} ms)`,
    );
  }
  console.log(`  compiler / markdown-it: ${result.ratioCompilerToMarkdownIt}x`);
  console.log(`  compiler / mdast:       ${result.ratioCompilerToMdast}x`);
  return result;
}

const INPUTS: Record<string, (scale: number) => string> = {
  realisticBank1MB: (scale) => generateBank(MB * scale, 7),
  nestedListMarkers50k: (scale) => {
    const count = 50_000 * scale;
    const deep = Array.from({ length: count / 10 }, (_, i) => `${'  '.repeat(i % 64)}- item ${i}`);
    return `## What is deep?\n\n${'- '.repeat(count)}x\n${'1. '.repeat(count)}### y\n${deep.join('\n')}\n`;
  },
  unclosedFenceAtTop1MB: (scale) => `\`\`\`js\n${generateBank(MB * scale, 11)}`,
  singleLine1MB: (scale) => {
    const unit = 'What is [a](#b) `c` <d> **e** {#f} [TODO] <!-- g ';
    const line = unit.repeat(Math.ceil((MB * scale) / 2 / unit.length));
    return `## ${line}?\n\n${line}\n`;
  },
  headingsWithoutBody10k: (scale) =>
    Array.from(
      { length: 10_000 * scale },
      (_, i) => `## Question ${i + 1}: What is item ${i}?`,
    ).join('\n'),
};

const CHILD = '--time-one-input';

/** In a child process: compile one input 9 times and print the median CPU ms as JSON. */
function timeOneInput(name: string, scale: number): void {
  const text = INPUTS[name]?.(scale) ?? '';
  for (let i = 0; i < 2; i += 1) compile(text);
  const ms = median(Array.from({ length: 9 }, () => timeOnce(() => compile(text))));
  console.log(JSON.stringify({ ms, megabytes: megabytes(text) }));
}

function timeInChild(name: string, scale: number): { ms: number; megabytes: number } {
  const file = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, '--max-semi-space-size=256', file, CHILD, name, String(scale)];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`timing ${name} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}');
}

/**
 * Size N against 2N; linear time means a ratio near 2. Each measurement runs in a fresh process
 * whose young generation holds a whole run, alternating N and 2N three times: otherwise the
 * ratio mostly shows whether one more scavenge happened to fall inside the larger run.
 */
function measureScaling(name: string): Record<string, unknown> {
  const n: number[] = [];
  const twoN: number[] = [];
  let size = 0;
  for (let round = 0; round < 3; round += 1) {
    const small = timeInChild(name, 1);
    size = small.megabytes;
    n.push(small.ms);
    twoN.push(timeInChild(name, 2).ms);
  }
  const result = { sizeMB: round(size, 3), msAtN: round(median(n)), msAt2N: round(median(twoN)) };
  const ratio = round(result.msAt2N / Math.max(result.msAtN, 1e-6));
  const times = `N ${String(result.msAtN).padStart(7)} ms   2N ${String(result.msAt2N).padStart(7)} ms`;
  console.log(
    `  ${name.padEnd(24)} ${String(result.sizeMB).padStart(6)} MB   ${times}   ratio ${ratio}`,
  );
  return { ...result, ratio };
}

export async function runCompilerBench(): Promise<Record<string, unknown>> {
  console.log('scaling and adversarial inputs, N vs 2N (fresh processes, median CPU ms):');
  const scaling = Object.fromEntries(
    Object.keys(INPUTS).map((name) => [name, measureScaling(name)]),
  );
  const seed = readFileSync(join(import.meta.dirname, '..', SEED_BANK), 'utf8');
  const throughput = {
    generated: measureThroughput('generated bank', generateBank(MB, 7)),
    seed: measureThroughput('seed bank (real)', seed),
  };
  const timing = 'process CPU time (user + system), garbage collected before each run';
  const results = { node: process.version, timing, throughput, scaling };
  writeBenchResult('compiler', results);
  console.log('written to bench/results/compiler.json');
  return results;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  if (process.argv[2] === CHILD) timeOneInput(process.argv[3] ?? '', Number(process.argv[4]));
  else await runCompilerBench();
}
