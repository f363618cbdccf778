import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../scripts/security-headers';
import { toServiceWorkerHeaders } from '../../src/pwa/service-worker-policy';

const root = join(import.meta.dirname, '..', '..');

type Rule = { path: string; headers: [string, string][]; detached: string[] };

/** Reads a Netlify / Cloudflare Pages `_headers` file: a path, then indented `Name: value` lines. */
function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [], detached: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`header line before any path: ${line}`);
    const detach = /^\s*!\s*(\S+)$/.exec(line);
    if (detach?.[1]) {
      rule.detached.push(detach[1]);
      continue;
    }
    const colon = line.indexOf(':');
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const rules = parseHeadersFile(readFileSync(join(root, 'public', '_headers'), 'utf8'));
const ruleFor = (path: string) => rules.find((rule) => rule.path === path);

describe('public/_headers (static hosts)', () => {
  it("sends every page exactly npm start's security headers", () => {
    expect(Object.fromEntries(ruleFor('/*')?.headers ?? [])).toEqual(securityHeaders);
  });

  it("serves the service worker with its own policy, replacing (not adding to) the page's", () => {
    const worker = ruleFor('/sw.js');
    expect(worker?.detached).toEqual(['Content-Security-Policy']);
    const expected = toServiceWorkerHeaders(securityHeaders);
    expect(Object.fromEntries(worker?.headers ?? [])).toEqual({
      'Content-Security-Policy': expected['Content-Security-Policy'],
      'Cache-Control': expected['Cache-Control'],
    });
  });

  it('is what docs/static-hosting.md shows for nginx and Apache', () => {
    const docs = readFileSync(join(root, 'docs', 'static-hosting.md'), 'utf8');
    const worker = toServiceWorkerHeaders(securityHeaders)['Content-Security-Policy'] ?? '';
    const page = securityHeaders['Content-Security-Policy'] ?? '';
    // One quoted copy of each policy for nginx, one for Apache.
    expect(docs.split(`"${page}"`).length - 1).toBe(2);
    expect(docs.split(`"${worker}"`).length - 1).toBe(2);
    for (const [name, value] of Object.entries(securityHeaders)) {
      if (name !== 'Content-Security-Policy') expect(docs).toContain(`${name} "${value}"`);
    }
  });

  it('lets browsers keep the hashed assets for good, since their names change with their content', () => {
    expect(ruleFor('/assets/*')?.headers).toEqual([
      ['Cache-Control', 'public, max-age=31536000, immutable'],
    ]);
  });
});
