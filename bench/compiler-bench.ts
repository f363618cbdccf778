// Compiler throughput against markdown-it's and mdast's parse of the same text, linear scaling,
// and adversarial inputs. Run: npx tsx bench/compiler-bench.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { compileDeck } from '../src/domain/compiler/compile-deck';

const MB = 1024 * 1024;
const RESULTS = join(import.meta.dirname, 'results', 'compiler.json');

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

function sentence(random: Random, min: number, max: number): string {
  const count = min + Math.floor(random() * (max - min + 1));
  const words = Array.from({ length: count }, () => pick(random, WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

const int = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

function concepts(random: Random): string[] {
  const lines = ['### Concepts', '', `${sentence(random, 12, 30)}.`, ''];
  for (let i = 1; i <= int(random, 2, 6); i += 1) {
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
  for (let i = 1; i <= int(random, 1, 3); i += 1) {
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

function timeOnce(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

type Task = { run: () => unknown; rounds: number };

/** Runs the tasks interleaved, round by round, and returns the median of each in ms. */
function timeInterleaved(tasks: Record<string, Task>): Record<string, number> {
  const times = new Map<string, number[]>();
  const rounds = Math.max(...Object.values(tasks).map((task) => task.rounds));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, task] of Object.entries(tasks)) {
      if (round < task.rounds) times.set(name, [...(times.get(name) ?? []), timeOnce(task.run)]);
    }
  }
  return Object.fromEntries([...times].map(([name, list]) => [name, median(list)]));
}

function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / MB;
}

function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function compile(text: string): unknown {
  return compileDeck(text, 'bench/generated.md');
}

function measureThroughput(): Record<string, unknown> {
  const bank = generateBank(MB, 7);
  const size = megabytes(bank);
  const markdownIt = new MarkdownIt();
  const parseWithMarkdownIt = (): unknown => markdownIt.parse(bank, {});
  const warmUp = { run: () => compile(bank), rounds: 2 };
  timeInterleaved({ compiler: warmUp, markdownIt: { run: parseWithMarkdownIt, rounds: 2 } });
  // mdast takes seconds per megabyte: fewer rounds for it, still interleaved with the others.
  const ms = timeInterleaved({
    compiler: { run: () => compile(bank), rounds: 7 },
    markdownIt: { run: parseWithMarkdownIt, rounds: 7 },
    mdast: { run: () => fromMarkdown(bank), rounds: 3 },
  });
  const rate = (name: string): number => size / ((ms[name] ?? 1) / 1000);
  const result = {
    inputMB: round(size, 3),
    medianMs: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, round(v)])),
    mbPerSecond: {
      compiler: round(rate('compiler')),
      markdownIt: round(rate('markdownIt')),
      mdast: round(rate('mdast')),
    },
    ratioCompilerToMarkdownIt: round(rate('compiler') / rate('markdownIt')),
    ratioCompilerToMdast: round(rate('compiler') / rate('mdast')),
  };
  console.log(`throughput on ${result.inputMB} MB (medians of 7, mdast of 3, interleaved):`);
  for (const [name, value] of Object.entries(result.mbPerSecond)) {
    console.log(
      `  ${name.padEnd(11)} ${String(value).padStart(8)} MB/s  (${result.medianMs[name]} ms)`,
    );
  }
  console.log(`  compiler / markdown-it: ${result.ratioCompilerToMarkdownIt}x`);
  console.log(`  compiler / mdast:       ${result.ratioCompilerToMdast}x`);
  return result;
}

/** Times the compiler on inputs of size N and 2N; linear time means a ratio near 2. */
function measureScaling(name: string, make: (scale: number) => string): Record<string, unknown> {
  const small = make(1);
  const large = make(2);
  const ms = timeInterleaved({
    n: { run: () => compile(small), rounds: 5 },
    twoN: { run: () => compile(large), rounds: 5 },
  });
  const result = {
    sizeMB: round(megabytes(small), 3),
    msAtN: round(ms.n ?? 0),
    msAt2N: round(ms.twoN ?? 0),
    ratio: round((ms.twoN ?? 0) / Math.max(ms.n ?? 0, 1e-6)),
  };
  console.log(
    `  ${name.padEnd(34)} N ${String(result.msAtN).padStart(8)} ms   2N ${String(result.msAt2N).padStart(8)} ms   ratio ${result.ratio}`,
  );
  return result;
}

const ADVERSARIAL: Record<string, (scale: number) => string> = {
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

export async function runCompilerBench(): Promise<Record<string, unknown>> {
  const throughput = measureThroughput();
  console.log('scaling (median of 5):');
  const scaling = measureScaling('realistic bank 1 MB vs 2 MB', (scale) =>
    generateBank(MB * scale, 7),
  );
  console.log('adversarial inputs (median of 5):');
  const adversarial: Record<string, unknown> = {};
  for (const [name, make] of Object.entries(ADVERSARIAL))
    adversarial[name] = measureScaling(name, make);
  const results = { node: process.version, throughput, scaling, adversarial };
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log('written to bench/results/compiler.json');
  return results;
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) await runCompilerBench();
