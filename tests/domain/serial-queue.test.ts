import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../../src/domain/serial-queue';

function defer() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('createSerialQueue', () => {
  it('starts a job only once the one before it has settled', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    const first = defer();
    const a = queue.push(async () => {
      log.push('a starts');
      await first.promise;
      log.push('a ends');
      return 'a';
    });
    const b = queue.push(() => {
      log.push('b runs');
      return 'b';
    });
    await Promise.resolve();
    expect(log).toEqual(['a starts']);
    first.resolve();
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
    expect(log).toEqual(['a starts', 'a ends', 'b runs']);
  });

  it('gives a failure to its own caller and goes on with the next job', async () => {
    const queue = createSerialQueue();
    const failing = queue.push(async () => {
      throw new Error('the index is gone');
    });
    const next = queue.push(async () => 'still served');
    await expect(failing).rejects.toThrow('the index is gone');
    await expect(next).resolves.toBe('still served');
  });

  it('goes on after a job that throws before it returns a promise', async () => {
    const queue = createSerialQueue();
    const failing = queue.push(() => {
      throw new Error('bad request');
    });
    await expect(failing).rejects.toThrow('bad request');
    await expect(queue.push(() => 42)).resolves.toBe(42);
  });
});
