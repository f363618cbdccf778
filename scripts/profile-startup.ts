// `npx tsx scripts/profile-startup.ts [outDir]`: records a Chromium trace of a first visit to a
// production build (fresh profile, as Lighthouse does) and prints each main-thread task over
// 10 ms with the functions that ran most in it. A tool for finding start-up work; it asserts nothing.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import playwrightConfig, { chromiumPath } from '../playwright.config';
import { startPreviewServer } from './preview-server';

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: on a busy machine, closer to what a quiet one would take than `dur`. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      cpuProfile?: {
        nodes?: ProfileNode[];
        samples?: number[];
      };
      timeDeltas?: number[];
      lines?: number[];
      url?: string;
    };
  };
};
type ProfileNode = {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
};

const root = join(import.meta.dirname, '..');
const outDir = process.argv[2] ?? 'dist';
const settleMs = Number(process.env.SETTLE_MS ?? 6000);

async function main(): Promise<void> {
  const { server, url } = await startPreviewServer(outDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: playwrightConfig.use?.launchOptions?.args ?? [],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await browser.newBrowserCDPSession();
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (message) => {
      const values: unknown[] = message.value;
      events.push(...values.filter(isTraceEvent));
    });
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'disabled-by-default-v8.cpu_profiler',
          'loading',
          'blink.user_timing',
        ],
      },
      transferMode: 'ReportEvents',
    });
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    await cdp.send('Tracing.end');
    await done;
    await writeFile(join(root, `${outDir}-trace.json`), JSON.stringify({ traceEvents: events }));
    summarize(events);
  } finally {
    await browser.close();
    await server.close();
  }
}

function isTraceEvent(value: unknown): value is TraceEvent {
  return typeof value === 'object' && value !== null && 'name' in value && 'ts' in value;
}

function summarize(events: TraceEvent[]): void {
  const navStart = events.find(
    (e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser',
  );
  const rendererMain = findRendererMain(events);
  if (!rendererMain) throw new Error('no renderer main thread in the trace');
  const { pid, tid } = rendererMain;
  const t0 =
    events.find((e) => e.name === 'navigationStart' && e.pid === pid)?.ts ?? navStart?.ts ?? 0;
  const samples = collectSamples(events, pid, tid);
  const marks = events.filter(
    (e) =>
      e.pid === pid &&
      ['firstContentfulPaint', 'largestContentfulPaint::Candidate', 'firstPaint'].includes(e.name),
  );
  for (const mark of marks) console.log(`${((mark.ts - t0) / 1000).toFixed(0)} ms ${mark.name}`);
  const tasks = events.filter(
    (e) =>
      e.pid === pid &&
      e.tid === tid &&
      e.ph === 'X' &&
      e.name === 'RunTask' &&
      (e.dur ?? 0) > 10_000,
  );
  let total = 0;
  for (const task of tasks) {
    const dur = (task.dur ?? 0) / 1000;
    total += dur;
    const cpu = (task.tdur ?? 0) / 1000;
    console.log(
      `\ntask at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${dur.toFixed(1)} ms (CPU ${cpu.toFixed(1)} ms)`,
    );
    const nested = events.filter(
      (e) =>
        e.pid === pid &&
        e.tid === tid &&
        e.ph === 'X' &&
        e !== task &&
        e.ts >= task.ts &&
        e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0),
    );
    const byName = new Map<string, number>();
    for (const e of nested) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
    const names = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(
      `   events: ${names.map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`).join(', ')}`,
    );
    const inside = samples.filter((s) => s.ts >= task.ts && s.ts <= task.ts + (task.dur ?? 0));
    const byFrame = new Map<string, number>();
    for (const sample of inside)
      byFrame.set(sample.frame, (byFrame.get(sample.frame) ?? 0) + sample.dt);
    const top = [...byFrame.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
    for (const [frame, us] of top) console.log(`   ${(us / 1000).toFixed(1)} ms  ${frame}`);
  }
  console.log(`\n${tasks.length} tasks over 10 ms, ${total.toFixed(0)} ms in all`);
  const fcp = marks.find((mark) => mark.name === 'firstContentfulPaint')?.ts ?? t0;
  printBlockingEstimate(events, { pid, tid, t0, fcp });
}

type ThreadWindow = { pid: number; tid: number; t0: number; fcp: number };

/**
 * Lighthouse's simulation runs each task 4x slower and counts what exceeds 50 ms after FCP.
 * By CPU time, the estimate is closer to a quiet machine's than by wall time on a busy one.
 */
function printBlockingEstimate(events: TraceEvent[], { pid, tid, t0, fcp }: ThreadWindow): void {
  const allTasks = events.filter(
    (e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.ts >= fcp,
  );
  const blocking = (ms: number) => Math.max(0, 4 * ms - 50);
  const byWall = allTasks.reduce((sum, e) => sum + blocking((e.dur ?? 0) / 1000), 0);
  const byCpu = allTasks.reduce((sum, e) => sum + blocking((e.tdur ?? e.dur ?? 0) / 1000), 0);
  const cpuTasks = allTasks
    .map((e) => ({ at: (e.ts - t0) / 1000, cpu: (e.tdur ?? 0) / 1000 }))
    .filter((task) => task.cpu > 12.5);
  const cpuTotal = allTasks.reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
  console.log(
    `blocking time after FCP, 4x: ${byWall.toFixed(0)} ms by wall time, ${byCpu.toFixed(0)} ms by CPU time`,
  );
  console.log(`main-thread CPU after FCP: ${cpuTotal.toFixed(0)} ms in ${allTasks.length} tasks`);
  console.log(
    `tasks over 12.5 ms of CPU after FCP: ${cpuTasks.map((t) => `${t.cpu.toFixed(1)}@${t.at.toFixed(0)}`).join(', ')}`,
  );
}

function findRendererMain(events: TraceEvent[]): TraceEvent | undefined {
  const names = events.filter((e) => e.name === 'thread_name' && e.ph === 'M');
  const mains = names.filter((e) => Reflect.get(e.args ?? {}, 'name') === 'CrRendererMain');
  // The page's renderer is the one that painted its content.
  const painter = events.find((e) => e.name === 'firstContentfulPaint');
  return mains.find((m) => m.pid === painter?.pid) ?? mains[0];
}

type Sample = { ts: number; dt: number; frame: string };

function collectSamples(events: TraceEvent[], pid: number, tid: number): Sample[] {
  const nodes = new Map<number, ProfileNode>();
  const samples: Sample[] = [];
  const profile = events.find((e) => e.pid === pid && e.tid === tid && e.name === 'Profile');
  let ts = (profile?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0;
  const chunks = events.filter(
    (e) => e.pid === pid && e.name === 'ProfileChunk' && e.id === profile?.id,
  );
  for (const chunk of chunks) {
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((id, i) => {
      const dt = deltas[i] ?? 0;
      ts += dt;
      const node = nodes.get(id);
      const line = data?.lines?.[i];
      const frame = `${describeFrame(node)}${line ? ` @${line}` : ''}`;
      samples.push({ ts, dt: Math.max(dt, 0), frame });
    });
  }
  // A sample's time is the gap to the next one.
  for (let i = 0; i < samples.length - 1; i++) {
    const current = samples[i];
    const next = samples[i + 1];
    if (current && next) current.dt = next.ts - current.ts;
  }
  return samples;
}

function describeFrame(node: ProfileNode | undefined): string {
  if (!node) return '?';
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const file = (url ?? '').split('/').pop() ?? '';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
}

await main();
