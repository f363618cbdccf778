import { describe, expect, it } from 'vitest';
import {
  checkLinkBody,
  checkLinkContentType,
  describeLinkProblem,
  describeLinkProgress,
} from '../../../src/domain/deck-import/link-problems';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('checkLinkContentType', () => {
  it('knows a web page and a binary file by the type the server sends', () => {
    expect(checkLinkContentType('text/html; charset=utf-8')).toEqual({ kind: 'html' });
    expect(checkLinkContentType('image/png')).toMatchObject({ kind: 'not-text' });
    expect(checkLinkContentType('application/zip')).toMatchObject({ kind: 'not-text' });
  });

  it('lets text through, whatever its exact type', () => {
    for (const type of [
      'text/plain; charset=utf-8',
      'text/markdown',
      null,
      'application/octet-stream',
    ]) {
      expect(checkLinkContentType(type)).toBeNull();
    }
  });
});

describe('checkLinkBody', () => {
  it('knows a web page sent as text', () => {
    expect(checkLinkBody(bytes('\n  <!DOCTYPE html><html><body>'), 'q.md')).toEqual({
      kind: 'html',
    });
    expect(checkLinkBody(bytes('<html lang="en">'), 'q.md')).toEqual({ kind: 'html' });
    expect(checkLinkBody(bytes('<!-- x -->\n<!doctype html>'), 'q.md')).toEqual({ kind: 'html' });
  });

  it('lets a markdown bank through, even one that opens with a comment or inline HTML', () => {
    expect(checkLinkBody(bytes('# Bank\n\n## 1. What is DNS?\n'), 'q.md')).toBeNull();
    expect(checkLinkBody(bytes('<!-- toc -->\n# Bank\n'), 'q.md')).toBeNull();
    expect(checkLinkBody(bytes('<details><summary>Q</summary>A</details>'), 'q.md')).toBeNull();
  });

  it('refuses a binary or empty body with the same words as a file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    expect(checkLinkBody(png, 'q.md')).toEqual({
      kind: 'not-text',
      reason: 'is a PNG image, not text',
    });
    expect(checkLinkBody(bytes('  \n'), 'q.md')).toEqual({
      kind: 'not-text',
      reason: 'the file is empty',
    });
  });
});

describe('describeLinkProblem', () => {
  const source = 'q.md from 127.0.0.1';

  it('says the status, and what a 404 usually means', () => {
    expect(
      describeLinkProblem({ kind: 'http', status: 404, statusText: 'Not Found' }, source),
    ).toBe(
      'q.md from 127.0.0.1: the server answered 404 Not Found: there is no file at that address; check the link, and that the repository is public.',
    );
    expect(describeLinkProblem({ kind: 'http', status: 418, statusText: '' }, source)).toBe(
      'q.md from 127.0.0.1: the server answered 418.',
    );
  });

  it('names the allowed hosts and suggests downloading the file', () => {
    const message = describeLinkProblem(
      {
        kind: 'host',
        host: 'codeberg.org',
        allowed: ['raw.githubusercontent.com', 'gist.githubusercontent.com'],
      },
      'https://codeberg.org/o/r/raw/q.md',
    );
    expect(message).toContain('codeberg.org does not let other sites read its files');
    expect(message).toContain('raw.githubusercontent.com, gist.githubusercontent.com');
    expect(message).toContain('Download the file and import it with Import deck');
  });

  it('tells offline from a refusing host, and a page from a bank', () => {
    expect(describeLinkProblem({ kind: 'offline' }, source)).toMatch(/^You are offline/);
    expect(describeLinkProblem({ kind: 'blocked', host: '127.0.0.1' }, source)).toMatch(
      /^127\.0\.0\.1 refused the request for q\.md from 127\.0\.0\.1: .*\(CORS\)/,
    );
    expect(describeLinkProblem({ kind: 'html' }, source)).toMatch(
      /is a web page, not a markdown file/,
    );
    expect(
      describeLinkProblem(
        { kind: 'too-large', bytes: 60 * 1024 * 1024, limit: 50 * 1024 * 1024 },
        source,
      ),
    ).toBe('q.md from 127.0.0.1 is over the 50 MB limit; split it into smaller decks.');
  });
});

describe('describeLinkProgress', () => {
  it('counts what has arrived, and of how much when the server said', () => {
    expect(describeLinkProgress(0, null)).toBe('Received 0 KB');
    expect(describeLinkProgress(1500, 40 * 1024)).toBe('Received 2 KB of 40 KB');
    expect(describeLinkProgress(3 * 1024 * 1024, null)).toBe('Received 3 MB');
  });
});
