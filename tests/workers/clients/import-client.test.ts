import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  prepareImportWorker,
  runImportInWorker,
} from '../../../src/features/import/import-worker-client';

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

function postedTypes(worker: FakeWorker | undefined): unknown[] {
  return (worker?.posted ?? []).map((message) => Reflect.get(Object(message), 'type'));
}

beforeEach(() => {
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const request = { expectation: 'any' as const, sources: [{ name: 'a.md', text: '# A' }] };

describe('prepareImportWorker', () => {
  it('starts a worker that warms up, and the next import runs in it', () => {
    prepareImportWorker();
    expect(FakeWorker.created).toHaveLength(1);
    expect(postedTypes(FakeWorker.created[0])).toEqual(['warm-up']);

    runImportInWorker(request, () => {});
    expect(FakeWorker.created).toHaveLength(1);
    expect(postedTypes(FakeWorker.created[0])).toEqual(['warm-up', 'start']);
  });

  it('gives each import its own worker: a prepared one is used once', () => {
    prepareImportWorker();
    runImportInWorker(request, () => {});
    runImportInWorker(request, () => {});
    expect(FakeWorker.created).toHaveLength(2);
    expect(postedTypes(FakeWorker.created[1])).toEqual(['start']);
  });

  it('ends a prepared worker that no import took, and leaves a taken one alone', () => {
    const release = prepareImportWorker();
    prepareImportWorker();
    expect(FakeWorker.created).toHaveLength(1);
    release();
    expect(FakeWorker.created[0]?.isTerminated).toBe(true);

    const releaseNext = prepareImportWorker();
    runImportInWorker(request, () => {});
    releaseNext();
    expect(FakeWorker.created[1]?.isTerminated).toBe(false);
  });
});
