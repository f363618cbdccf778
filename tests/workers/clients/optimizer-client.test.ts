import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import {
  chooseThreadCount,
  type OptimizerProgress,
  startOptimizer,
  startReschedule,
  toFraction,
} from '../../../src/workers/clients/optimizer-client';
import type {
  OptimizeResult,
  OptimizerEvent,
  OptimizerJobMap,
} from '../../../src/workers/optimizer-messages';
import {
  type ClientMessage,
  type HostMessage,
  JobCancelledError,
} from '../../../src/workers/transport/job-messages';

/** Stands in for the optimizer worker: records what the page asks, lets the test answer. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | null = null;
  readonly url: string;
  readonly commands: ClientMessage<OptimizerJobMap>[] = [];
  isTerminated = false;

  constructor(url: URL | string) {
    super();
    this.url = String(url);
    FakeWorker.last = this;
  }

  postMessage(command: ClientMessage<OptimizerJobMap>): void {
    this.commands.push(command);
  }

  terminate(): void {
    this.isTerminated = true;
  }

  answer(message: HostMessage<OptimizerJobMap>): void {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }

  /** Progress of the one job a fresh optimizer worker runs. */
  emit(event: OptimizerEvent): void {
    this.answer({ kind: 'progress', id: 1, progress: event });
  }
}

function lastWorker(): FakeWorker {
  if (FakeWorker.last === null) throw new Error('No worker was started');
  return FakeWorker.last;
}

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

/** Lets a message posted on a MessagePort arrive. */
function nextMessage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

describe('startOptimizer', () => {
  it('starts the optimizer worker, reports each phase, and training progress from its relay', async () => {
    const progress: OptimizerProgress[] = [];
    const job = startOptimizer(defaultSchedulerSettings, (p) => progress.push(p), 3);
    const worker = lastWorker();
    expect(worker.url).toMatch(/optimizer-worker/);
    expect(worker.commands).toEqual([
      {
        kind: 'start',
        id: 1,
        job: 'optimize',
        request: { settings: defaultSchedulerSettings, threads: 3 },
      },
    ]);
    expect(progress).toEqual([{ phase: 'starting', fraction: null }]);

    worker.emit({ type: 'phase', phase: 'reading' });
    worker.emit({ type: 'progress', done: 5, total: 10 });
    worker.emit({ type: 'phase', phase: 'training' });
    // The relay posts fsrs-rs's counters to a port that the worker hands to the page.
    const relay = new MessageChannel();
    worker.emit({ type: 'training', progressPort: relay.port2 });
    relay.port1.postMessage({ done: 3, total: 12 });
    await nextMessage();
    relay.port1.postMessage({ done: 6, total: 12 });
    await nextMessage();
    worker.emit({ type: 'phase', phase: 'evaluating' });
    relay.port1.postMessage({ done: 12, total: 12 });
    await nextMessage();

    expect(progress.slice(1)).toEqual([
      { phase: 'reading', fraction: null },
      { phase: 'reading', fraction: 0.5 },
      { phase: 'training', fraction: null },
      { phase: 'training', fraction: 0.25 },
      { phase: 'training', fraction: 0.5 },
      { phase: 'evaluating', fraction: null },
    ]);

    const evaluation = { logLoss: 0.5, rmseBins: 0.05, predictions: 300 };
    const result: OptimizeResult = {
      reviewCount: 400,
      itemCount: 300,
      currentWeights: [1],
      isCurrentDefault: true,
      newWeights: [2],
      current: evaluation,
      trained: evaluation,
      trainingMs: 10,
    };
    worker.answer({ kind: 'done', id: 1, result });
    await expect(job.done).resolves.toBe(result);
    expect(worker.isTerminated).toBe(true);
  });

  it('Cancel ends the worker at once and stops listening to progress', async () => {
    const progress: OptimizerProgress[] = [];
    const job = startOptimizer(defaultSchedulerSettings, (p) => progress.push(p), 1);
    const worker = lastWorker();
    const relay = new MessageChannel();
    worker.emit({ type: 'training', progressPort: relay.port2 });
    const seen = progress.length;
    job.cancel();
    await expect(job.done).rejects.toBeInstanceOf(JobCancelledError);
    expect(worker.isTerminated).toBe(true);
    relay.port1.postMessage({ done: 1, total: 2 });
    await nextMessage();
    expect(progress).toHaveLength(seen);
    relay.port1.close();
  });

  it('turns a failure in the worker, or a worker that cannot start, into a rejection', async () => {
    const failed = startOptimizer(defaultSchedulerSettings, () => {}, 1);
    lastWorker().answer({
      kind: 'failed',
      id: 1,
      message: 'FSRS could not train on this history.',
    });
    await expect(failed.done).rejects.toThrow('FSRS could not train on this history.');

    const broken = startOptimizer(defaultSchedulerSettings, () => {}, 1);
    // Node has no ErrorEvent; the client reads only its message.
    const error = Object.assign(new Event('error'), { message: 'SyntaxError in worker' });
    lastWorker().dispatchEvent(error);
    await expect(broken.done).rejects.toThrow('SyntaxError in worker');
  });
});

describe('startReschedule', () => {
  it('sends the settings to replay with and resolves with the cards written', async () => {
    const progress: OptimizerProgress[] = [];
    const settings = { ...defaultSchedulerSettings, weights: [1, 2, 3] };
    const job = startReschedule(settings, (p) => progress.push(p));
    const worker = lastWorker();
    expect(worker.commands).toEqual([
      { kind: 'start', id: 1, job: 'reschedule', request: { settings } },
    ]);
    worker.emit({ type: 'phase', phase: 'rescheduling' });
    worker.emit({ type: 'progress', done: 1, total: 4 });
    worker.answer({ kind: 'done', id: 1, result: 37 });
    await expect(job.done).resolves.toBe(37);
    expect(progress.at(-1)).toEqual({ phase: 'rescheduling', fraction: 0.25 });
  });
});

describe('chooseThreadCount and toFraction', () => {
  it('leaves one core to the page, uses at least one thread and at most four', () => {
    expect(chooseThreadCount(1)).toBe(1);
    expect(chooseThreadCount(2)).toBe(1);
    expect(chooseThreadCount(4)).toBe(3);
    expect(chooseThreadCount(16)).toBe(4);
  });

  it('clamps counters read as training ends, and knows nothing without a total', () => {
    expect(toFraction(3, 12)).toBe(0.25);
    expect(toFraction(99, 12)).toBe(1);
    expect(toFraction(5, 0)).toBeNull();
  });
});
