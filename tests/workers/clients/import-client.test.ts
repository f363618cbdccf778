import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  prepareImportWorker,
  startImportInWorker,
} from '../../../src/workers/clients/import-client';

class FakeWorker {
  static created: FakeWorker[] = [];
  readonly posted: unknown[] = [];
  isTerminated = false;

  constructor() {
    FakeWorker.created.push(this);
  }

  postMessage(message: unknown): void {
    this.posted.push(message);
  }

  addEventListener(): void {}

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
