// `npm run lighthouse`: builds the app, serves the production build with npm start's headers,
// and runs Lighthouse's default (mobile, simulated throttling) profile on it in Debian's
// Chromium, several times (Lighthouse's docs advise the median of several runs, as single runs
// vary). Writes bench/results/lighthouse.json (every run's scores and metrics, and the median
// run's) and the median run's full report as lighthouse-report.json and lighthouse-report.html.
// Exits 1 when the median run misses the issue's targets.
//
// Options: --runs N (default 3); --out-dir DIR (default dist; repeat it to compare builds run
// by run, A B A B ..., without building); --no-build; --name NAME (result files' base name).
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { build } from 'vite';
import playwrightConfig, { chromiumPath } from '../playwright.config';
import { startPreviewServer } from './preview-server';

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
type Run = { lhr: Lhr; reports: string | string[]; loadAverage: number[] };

const root = join(import.meta.dirname, '..');
const resultsDir = join(root, 'bench', 'results');
const targets = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;
const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
] as const;

function readOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      'out-dir': { type: 'string', multiple: true },
      'no-build': { type: 'boolean', default: false },
      name: { type: 'string', default: 'lighthouse' },
    },
  });
  const outDirs = values['out-dir'] ?? ['dist'];
  return {
    runs: Math.max(1, Number(values.runs)),
    outDirs,
    // Builds compared side by side are built beforehand: one build per run would skew the runs.
    shouldBuild: !values['no-build'] && outDirs.length === 1,
    name: values.name,
  };
}

function chromiumFlags(): string[] {
  const args = playwrightConfig.use?.launchOptions?.args ?? [];
  return ['--headless=new', ...args];
}

/** One Lighthouse run in a fresh browser, so storage and the service worker start empty. */
async function runOnce(url: string): Promise<Run> {
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags() });
  try {
    const loadAverage = roundLoad();
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ['json', 'html'],
      logLevel: 'error',
      onlyCategories: Object.keys(targets),
    });
    if (!result) throw new Error('Lighthouse returned no result');
    return { lhr: result.lhr, reports: result.report, loadAverage };
  } finally {
    chrome.kill();
  }
}

function roundLoad(): number[] {
  return loadavg().map((load) => Number(load.toFixed(2)));
}

function summarizeRun(run: Run) {
  const { lhr } = run;
  return {
    scores: Object.fromEntries(
      Object.keys(targets).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    ),
    metrics: Object.fromEntries(metricIds.map((id) => [id, lhr.audits[id]?.displayValue ?? null])),
    // Simulated throttling scales what this machine did: a busy machine scores lower.
    benchmarkIndex: lhr.environment.benchmarkIndex,
    loadAverageBefore: run.loadAverage,
  };
}

async function main(): Promise<void> {
  const options = readOptions();
  const [firstDir = 'dist'] = options.outDirs;
  if (options.shouldBuild) {
    await build({ root, logLevel: 'warn', build: { outDir: firstDir, emptyOutDir: true } });
  }
  const servers = await Promise.all(options.outDirs.map(startPreviewServer));
  const runs = new Map<string, Run[]>(options.outDirs.map((dir) => [dir, []]));
  try {
    for (let i = 0; i < options.runs; i++) {
      for (const [index, dir] of options.outDirs.entries()) {
        const server = servers[index];
        if (!server) continue;
        const run = await runOnce(server.url);
        runs.get(dir)?.push(run);
        const { scores, metrics } = summarizeRun(run);
        console.log(`${dir} run ${i + 1}: ${JSON.stringify(scores)} ${JSON.stringify(metrics)}`);
        if (run.lhr.runtimeError)
          console.log(`  not measured: ${JSON.stringify(run.lhr.runtimeError)}`);
      }
    }
  } finally {
    await Promise.all(servers.map(({ server }) => server.close()));
  }
  const failing = await Promise.all(
    options.outDirs.map((dir, index) =>
      report(runs.get(dir) ?? [], index === 0 ? options.name : `${options.name}-${dir}`),
    ),
  );
  if (failing[0]) process.exitCode = 1;
}

function hasMetrics(run: Run): boolean {
  return ['first-contentful-paint', 'interactive'].every(
    (id) => typeof run.lhr.audits[id]?.numericValue === 'number',
  );
}

/** Writes the runs' figures and the median run's report; true when the median misses a target. */
async function report(runs: Run[], name: string): Promise<boolean> {
  // A run that Lighthouse could not measure (its runtimeError says why) is listed, not ranked.
  const measured = runs.filter(hasMetrics);
  const median = measured.find((run) => run.lhr === computeMedianRun(measured.map((r) => r.lhr)));
  if (!median) throw new Error('no run was measured');
  const [json = '', html = ''] = Array.isArray(median.reports) ? median.reports : [median.reports];
  const medianSummary = summarizeRun(median);
  const summary = {
    url: median.lhr.finalDisplayedUrl,
    formFactor: median.lhr.configSettings.formFactor,
    throttlingMethod: median.lhr.configSettings.throttlingMethod,
    lighthouseVersion: median.lhr.lighthouseVersion,
    userAgent: median.lhr.environment.hostUserAgent,
    fetchTime: median.lhr.fetchTime,
    cores: availableParallelism(),
    loadAverageAfter: roundLoad(),
    targets,
    median: medianSummary,
    runs: runs.map(summarizeRun),
    failedRuns: runs.filter((run) => !hasMetrics(run)).map((run) => run.lhr.runtimeError ?? null),
  };
  await mkdir(resultsDir, { recursive: true });
  await writeFile(join(resultsDir, `${name}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  await writeFile(join(resultsDir, `${name}-report.json`), json);
  await writeFile(join(resultsDir, `${name}-report.html`), html);

  console.log(`\n${name}: median of ${runs.length} run(s)`);
  for (const [id, target] of Object.entries(targets)) {
    const score = medianSummary.scores[id] ?? 0;
    console.log(`${id.padEnd(15)} ${String(score).padStart(3)}  (target ${target})`);
  }
  for (const [id, value] of Object.entries(medianSummary.metrics)) console.log(`  ${id}: ${value}`);
  console.log(`Report: ${join('bench', 'results', `${name}-report.html`)}`);
  return Object.entries(targets).some(([id, target]) => (medianSummary.scores[id] ?? 0) < target);
}

await main();
