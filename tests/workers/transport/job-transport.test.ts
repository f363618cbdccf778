import { afterEach, describe, expect, it } from 'vitest';
import { createJobClient } from '../../../src/workers/transport/job-client';
import { serveJobs } from '../../../src/workers/transport/job-host';
import { JobCancelledError, type JobSpec } from '../../../src/workers/transport/job-messages';

type TestJobs = {
  /** Answers with its text once the test opens the gate of that name. */
  echo: JobSpec<{ text: string; gate: string }, never, string>;
  /** Reports each step to `to`, then answers with the count. */
  count: JobSpec<{ to: number }, { done: number; total: number }, number>;
  /** Runs until it is cancelled, then throws as a stopping job does. */
  wait: JobSpec<null, never, string>;
  fail: JobSpec<{ message: string }, never, never>;
};

const ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

function createGates() {
  const opens = new Map<string, () => void>();
  const waits = new Map<string, Promise<void>>();
  const ensure = (name: string) => {
    if (!waits.has(name)) {
      waits.set(name, new Promise<void>((resolve) => opens.set(name, resolve)));
    }
    return waits.get(name) ?? Promise.resolve();
  };
  const open = (name: string) => {
    ensure(name);
    opens.get(name)?.();
  };
  return { wait: ensure, open };
}

/** A host and a client on the two ends of a real MessageChannel. */
function connect() {
  const channel = new MessageChannel();
  ports.push(channel.port1, channel.port2);
  const gates = createGates();
  const seen: string[] = [];
  const host = serveJobs<TestJobs, string>(channel.port1, {
    echo: async ({ text, gate }) => {
      seen.push(text);
      await gates.wait(gate);
      return text;
    },
    count: ({ to }, { reportProgress }) => {
      for (let done = 1; done <= to; done += 1) reportProgress({ done, total: to });
      return to;
    },
    wait: (_request, { signal }) =>
      new Promise<string>((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(new Error('stopped')));
      }),
    fail: ({ message }) => {
      throw new Error(message);
    },
  });
  const notices: string[] = [];
  const client = createJobClient<TestJobs, string>(channel.port2, {
    onNotice: (notice) => notices.push(notice),
  });
  return { host, client, gates, seen, notices, hostPort: channel.port1 };
}

/** Lets messages already posted on the channel arrive. */
async function settleMessages(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('the worker transport', () => {
  it('delivers every progress report of a job, in order, before its result', async () => {
    const { client } = connect();
    const progress: { done: number; total: number }[] = [];
    const job = client.start('count', { to: 3 }, { onProgress: (p) => progress.push(p) });
    await expect(job.done).resolves.toBe(3);
    expect(progress).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  it('keeps concurrent requests apart: each answer reaches the request with its id', async () => {
    const { client, gates, seen } = connect();
    const first = client.start('echo', { text: 'first', gate: 'a' });
    const second = client.start('echo', { text: 'second', gate: 'b' });
    const counting: number[] = [];
    const third = client.start('count', { to: 2 }, { onProgress: (p) => counting.push(p.done) });
    await expect(third.done).resolves.toBe(2);
    await settleMessages();
    expect(seen).toEqual(['first', 'second']);
    // The second finishes first; neither takes the other's answer.
    gates.open('b');
    await expect(second.done).resolves.toBe('second');
    gates.open('a');
    await expect(first.done).resolves.toBe('first');
    expect(counting).toEqual([1, 2]);
  });

  it('ignores an answer whose id matches no request', async () => {
    const { client, gates, hostPort } = connect();
    const job = client.start('echo', { text: 'mine', gate: 'g' });
    hostPort.postMessage({ kind: 'done', id: 99, result: 'not mine' });
    hostPort.postMessage({ kind: 'progress', id: 99, progress: { done: 1, total: 1 } });
    await settleMessages();
    gates.open('g');
    await expect(job.done).resolves.toBe('mine');
  });

  it('cancel stops the job in the worker and rejects with a cancel error', async () => {
    const { client, host } = connect();
    const job = client.start('wait', null);
    await settleMessages();
    expect(host.isBusy()).toBe(true);
    job.cancel();
    await expect(job.done).rejects.toBeInstanceOf(JobCancelledError);
    expect(host.isBusy()).toBe(false);
  });

  it('cancelling one job leaves the others running', async () => {
    const { client, gates } = connect();
    const kept = client.start('echo', { text: 'kept', gate: 'k' });
    const stopped = client.start('wait', null);
    stopped.cancel();
    await expect(stopped.done).rejects.toBeInstanceOf(JobCancelledError);
    gates.open('k');
    await expect(kept.done).resolves.toBe('kept');
  });

  it('rejects with the message of an error thrown in the worker', async () => {
    const { client } = connect();
    const job = client.start('fail', { message: 'The file a.md is not a deck' });
    await expect(job.done).rejects.toThrow('The file a.md is not a deck');
    await expect(job.done).rejects.not.toBeInstanceOf(JobCancelledError);
  });

  it('close rejects every pending job and every later one with its reason', async () => {
    const { client } = connect();
    const pending = client.start('wait', null);
    client.close(new Error('the worker stopped'));
    await expect(pending.done).rejects.toThrow('the worker stopped');
    await expect(client.start('count', { to: 1 }).done).rejects.toThrow('the worker stopped');
  });

  it("passes the worker's notices, which belong to no job", async () => {
    const { host, notices } = connect();
    host.notify('indexing');
    host.notify('ready');
    await settleMessages();
    expect(notices).toEqual(['indexing', 'ready']);
  });
});
