// FSRS optimizer in Chromium: Optimize through the app's own client and worker (read the
// history from IndexedDB, train with fsrs-browser, score both parameter sets) on 20,000 and
// 100,000 generated reviews, with 1 and 2 training threads, and the main thread's longest task
// meanwhile (target: none over 50 ms). Run with `npx tsx bench/optimizer-bench.ts
// [--sizes=20000]`; figures go to bench/results/optimizer.json.

import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { readSizesOption, writeBenchResult } from './bench-support';
import { serveStatic } from './browser/serve-static';
import { buildBenchPage } from './build-bench-page';
import { runOptimizerInChromium, type SizeRun } from './optimizer/run-optimizer-in-chromium';

const defaultSizes = [20_000, 100_000];
const threadCounts = [1, 2];
const longTaskTargetMs = 50;

/** `--sizes=...` runs a subset of the default sizes. */
export function readOptimizerSizes(args: readonly string[]): number[] {
  return readSizesOption(args, defaultSizes, 1000);
}

export async function runOptimizerBench(
  sizes: readonly number[] = readOptimizerSizes(process.argv.slice(2)),
): Promise<Record<string, unknown>> {
  console.log('optimizer bench: building the bench page');
  const outDir = await buildBenchPage(
    new URL('./optimizer/', import.meta.url),
    'drillbook-optimizer-bench',
    {
      // ES module workers, as the app builds them.
      worker: { format: 'es' },
    },
  );
  const server = await serveStatic(outDir);
  try {
    const loadBefore = loadavg();
    const run = await runOptimizerInChromium(server.url, sizes, threadCounts);
    const runs = run.sizes.flatMap((size) => size.runs);
    // Judged on each task's own work (thread time): on a busy machine, wall time also counts
    // the time a task waited for a core. Both are recorded.
    const longest = Math.max(0, ...runs.map((r) => r.traced?.longestThreadMs ?? Infinity));
    const longestWall = Math.max(0, ...runs.map((r) => r.mainThread.longestLongTaskMs));
    const result = {
      name: 'optimizer',
      date: new Date().toISOString(),
      chromium: run.chromium,
      isCrossOriginIsolated: run.isCrossOriginIsolated,
      machine: {
        cpus: cpus().length,
        hardwareConcurrency: run.hardwareConcurrency,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadavg(),
      },
      targets: {
        longestMainThreadTaskMs: longTaskTargetMs,
        mainThread: longest <= longTaskTargetMs ? 'met' : 'missed',
        longestTaskThreadMs: longest,
        longestTaskWallMs: longestWall,
      },
      sizes: run.sizes,
    };
    writeBenchResult('optimizer', result);
    return result;
  } finally {
    await server.close();
  }
}

export function printOptimizerBench(result: Record<string, unknown>): void {
  const sizes = Reflect.get(result, 'sizes') as SizeRun[];
  console.log(`optimizer bench in ${String(result.chromium)} (ms)`);
  for (const { size, seedMs, runs } of sizes) {
    console.log(`${size} reviews (seeded in ${seedMs} ms):`);
    for (const r of runs) {
      const { mainThread: main, traced } = r;
      console.log(
        `  ${r.threads} thread(s): total ${r.totalMs}, read ${r.readMs}, train ${r.trainingMs}, evaluate ${r.evaluateMs}; ${r.itemCount} items; log loss ${r.logLoss.current.toFixed(4)} -> ${r.logLoss.trained.toFixed(4)}, RMSE ${r.rmseBins.current.toFixed(4)} -> ${r.rmseBins.trained.toFixed(4)}`,
      );
      console.log(
        `    main thread: ${traced?.taskCount} tasks, longest ${traced?.longestThreadMs} ms of work (${traced?.overBudgetByThreadTime} over 50) and ${traced?.longestWallMs} ms wall; Long Tasks API: ${main.longTaskCount}, longest ${main.longestLongTaskMs} ms`,
      );
    }
  }
  const first = sizes[0]?.runs;
  const one = first?.find((r) => r.threads === 1);
  const two = first?.find((r) => r.threads === 2);
  if (one && two) {
    console.log(
      `training time, 1 thread / 2 threads at ${sizes[0]?.size}: ${(one.trainingMs / two.trainingMs).toFixed(2)}`,
    );
  }
  console.log(
    `main thread target (no task over ${longTaskTargetMs} ms): ${String(Reflect.get(Reflect.get(result, 'targets') as object, 'mainThread'))}`,
  );
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) {
  printOptimizerBench(await runOptimizerBench());
}
