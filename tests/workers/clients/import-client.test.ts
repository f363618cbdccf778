import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  prepareImportWorker,
  startImportInWorker,
} from '../../../src/workers/clients/import-client';

class FakeWorker extends EventTarget {
  static created: FakeWorker[] = [];
  readonly posted: unknown[] = [];
  isTerminated = false;

  constructor() {
    super();
    FakeWorker.created.push(this);
  }

  postMessage(message: unknown): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.isTerminated = true;
  }
}

/** The jobs a worker was asked to run, in order. */
function postedJobs(worker: FakeWorker | undefined): unknown[] {
  return (worker?.posted ?? []).map((message) => Reflect.get(Object(message), 'job'));
}

beforeEach(() => {
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const request = {
  expectation: 'any' as const,
  sources: [{ name: 'a.md', text: '# A' }],
  now: 0,
};

describe('prepareImportWorker', () => {
  it('starts a worker that warms up, and the next import runs in it', () => {
    prepareImportWorker();
    expect(FakeWorker.created).toHaveLength(1);
    expect(postedJobs(FakeWorker.created[0])).toEqual(['warm-up']);

    startImportInWorker(request, () => {});
    expect(FakeWorker.created).toHaveLength(1);
    expect(postedJobs(FakeWorker.created[0])).toEqual(['warm-up', 'import']);
  });

  it('gives each import its own worker: a prepared one is used once', () => {
    prepareImportWorker();
    startImportInWorker(request, () => {});
    startImportInWorker(request, () => {});
    expect(FakeWorker.created).toHaveLength(2);
    expect(postedJobs(FakeWorker.created[1])).toEqual(['import']);
  });

  it('ends a prepared worker that no import took, and leaves a taken one alone', () => {
    const release = prepareImportWorker();
    prepareImportWorker();
    expect(FakeWorker.created).toHaveLength(1);
    release();
    expect(FakeWorker.created[0]?.isTerminated).toBe(true);

    const releaseNext = prepareImportWorker();
    startImportInWorker(request, () => {});
    releaseNext();
    expect(FakeWorker.created[1]?.isTerminated).toBe(false);
  });
});

describe('startImportInWorker', () => {
  it('reports an import whose worker cannot run as failed, naming the cause', async () => {
    const job = startImportInWorker(request, () => {});
    const worker = FakeWorker.created[0];
    // Node has no ErrorEvent; the client reads only its message.
    worker?.dispatchEvent(Object.assign(new Event('error'), { message: 'SyntaxError in worker' }));
    const report = await job.done;
    expect(report.outcome).toBe('failed');
    expect(report.failure).toBe('The import could not run: SyntaxError in worker.');
    expect(worker?.isTerminated).toBe(true);
  });

  it('asks the worker to cancel, and ends it with a cancelled report if it does not answer', async () => {
    vi.useFakeTimers();
    try {
      const job = startImportInWorker(request, () => {});
      const worker = FakeWorker.created[0];
      job.cancel();
      expect(worker?.posted.at(-1)).toEqual({ kind: 'cancel', id: 1 });
      expect(worker?.isTerminated).toBe(false);
      await vi.runAllTimersAsync();
      const report = await job.done;
      expect(report.outcome).toBe('cancelled');
      expect(worker?.isTerminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
