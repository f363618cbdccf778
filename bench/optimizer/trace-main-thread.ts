// Node side: Chromium's own trace of the page's main thread while Optimize runs. Each task's
// wall time (what the Long Tasks API reports) grows when the operating system runs other
// processes on a busy machine; its thread time is the work the task really did, so the trace
// tells the page's own blocking work apart from waiting for a core.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { TracedFigures } from './optimizer-bench-types';

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
};

const budgetMs = 50;

export async function startTracing(context: BrowserContext, page: Page): Promise<CDPSession> {
  const session = await context.newCDPSession(page);
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['toplevel', '__metadata'] },
  });
  return session;
}

export async function stopTracing(session: CDPSession): Promise<TracedFigures> {
  const complete = new Promise<string>((resolve) => {
    session.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? ''));
  });
  await session.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle: stream });
  await session.detach();
  return summarizeMainThread(JSON.parse(text));
}

/** Top-level tasks of the renderer main thread (the page's, not its workers'). */
export function summarizeMainThread(trace: { traceEvents: TraceEvent[] }): TracedFigures {
  const events = trace.traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' &&
      /RunTask$/.test(e.name) &&
      mainThreads.has(`${e.pid}:${e.tid}`) &&
      e.dur !== undefined,
  );
  const wall = tasks.map((e) => (e.dur ?? 0) / 1000);
  const thread = tasks.map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
  return {
    taskCount: tasks.length,
    longestWallMs: round(Math.max(0, ...wall)),
    longestThreadMs: round(Math.max(0, ...thread)),
    overBudgetByThreadTime: thread.filter((ms) => ms > budgetMs).length,
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
