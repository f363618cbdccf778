import { describe, expect, it, vi } from 'vitest';
import {
  downloadLink,
  type LinkDownloadOptions,
  type LinkProgress,
} from '../../../src/data/services/link-download';

const bank = '# Networking\n\n## 1. What is DNS?\n\n### Interview Answer\n\nNames to addresses.\n';

type Call = { url: string; init: RequestInit | undefined };

function fakeFetch(respond: (url: string) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetcher = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return respond(String(input));
  }) satisfies typeof fetch;
  return { fetcher, calls };
}

/** A body that arrives in pieces, as a network delivers it. */
function streamOf(...pieces: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
}

function options(overrides: Partial<LinkDownloadOptions>): LinkDownloadOptions {
  return { onProgress: () => {}, isOnline: () => true, extraOrigins: [], ...overrides };
}

describe('downloadLink', () => {
  it('fetches the raw file behind a GitHub page, without credentials, reporting what arrives', async () => {
    const { fetcher, calls } = fakeFetch(
      () =>
        new Response(streamOf(bank.slice(0, 20), bank.slice(20)), {
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        }),
    );
    const progress: LinkProgress[] = [];
    const result = await downloadLink(
      'https://github.com/o/r/blob/main/net.md',
      options({ fetcher, onProgress: (p) => progress.push(p) }),
    );
    expect(calls.map((call) => [call.url, call.init?.credentials])).toEqual([
      ['https://raw.githubusercontent.com/o/r/main/net.md', 'omit'],
    ]);
    expect(progress.map((p) => p.received)).toEqual([0, 20, bank.length]);
    if (result.kind !== 'file') throw new Error(JSON.stringify(result));
    expect(result.file.name).toBe('net.md');
    expect(await result.file.text()).toBe(bank);
  });

  it('takes a link pasted without its https://', async () => {
    const { fetcher, calls } = fakeFetch(() => new Response(bank));
    await downloadLink('github.com/o/r/blob/main/net.md', options({ fetcher }));
    expect(calls[0]?.url).toBe('https://raw.githubusercontent.com/o/r/main/net.md');
  });

  it('says the status of an HTTP error', async () => {
    const { fetcher } = fakeFetch(
      () => new Response('nope', { status: 404, statusText: 'Not Found' }),
    );
    expect(await downloadLink('http://127.0.0.1:9/net.md', options({ fetcher }))).toEqual({
      kind: 'failed',
      message:
        'net.md from 127.0.0.1: the server answered 404 Not Found: there is no file at that address; check the link, and that the repository is public.',
    });
  });

  it('refuses a web page, by its type or by its body', async () => {
    const page = '<!DOCTYPE html><html><body>GitHub</body></html>';
    for (const type of ['text/html; charset=utf-8', 'text/plain']) {
      const { fetcher } = fakeFetch(
        () => new Response(page, { headers: { 'Content-Type': type } }),
      );
      const result = await downloadLink('http://localhost:9/net.md', options({ fetcher }));
      expect(result).toMatchObject({
        kind: 'failed',
        message: expect.stringContaining('is a web page'),
      });
    }
  });

  it('refuses a file over the limit, by its declared length or as it arrives', async () => {
    const declared = fakeFetch(() => new Response(bank, { headers: { 'Content-Length': '99' } }));
    expect(
      await downloadLink(
        'http://localhost:9/net.md',
        options({ fetcher: declared.fetcher, maxBytes: 50 }),
      ),
    ).toMatchObject({ message: expect.stringContaining('is over the') });
    const streamed = fakeFetch(() => new Response(streamOf(bank, bank)));
    expect(
      await downloadLink(
        'http://localhost:9/net.md',
        options({ fetcher: streamed.fetcher, maxBytes: 100 }),
      ),
    ).toMatchObject({ message: expect.stringContaining('is over the') });
  });

  it('tells a refusing host from being offline', async () => {
    const refusing = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(
      await downloadLink('http://localhost:9/net.md', options({ fetcher: refusing.fetcher })),
    ).toMatchObject({ message: expect.stringMatching(/^localhost refused the request .*CORS/) });
    let online = true;
    const dropping = fakeFetch(() => {
      online = false;
      return Promise.reject(new TypeError('Failed to fetch'));
    });
    expect(
      await downloadLink(
        'http://localhost:9/net.md',
        options({ fetcher: dropping.fetcher, isOnline: () => online }),
      ),
    ).toMatchObject({ message: expect.stringMatching(/^You are offline/) });
  });

  it('asks nothing of the network when offline, or for a host the page may not reach', async () => {
    const { fetcher } = fakeFetch(() => new Response(bank));
    expect(
      await downloadLink('http://localhost:9/net.md', options({ fetcher, isOnline: () => false })),
    ).toMatchObject({ message: expect.stringMatching(/^You are offline/) });
    expect(
      await downloadLink('https://gitlab.com/o/r/-/raw/main/net.md', options({ fetcher })),
    ).toMatchObject({
      message: expect.stringContaining(
        'only from raw.githubusercontent.com, gist.githubusercontent.com',
      ),
    });
    expect(await downloadLink('javascript:alert(1)', options({ fetcher }))).toMatchObject({
      kind: 'failed',
    });
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('ends quietly when cancelled', async () => {
    const abort = new AbortController();
    const { fetcher } = fakeFetch(() => {
      abort.abort();
      return Promise.reject(new DOMException('aborted', 'AbortError'));
    });
    expect(
      await downloadLink('http://localhost:9/net.md', options({ fetcher, signal: abort.signal })),
    ).toEqual({ kind: 'cancelled' });
  });
});
