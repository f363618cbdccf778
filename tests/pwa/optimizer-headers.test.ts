import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  importWorkerHeaders,
  optimizerPageHeaders,
  optimizerWorkerHeaders,
  securityHeaders,
} from '../../scripts/security-headers';
import { findOptimizerHeaders, findOwnHeaders } from '../../scripts/vite-plugin-optimizer';

const root = join(import.meta.dirname, '..', '..');

type Rule = { path: string; headers: Record<string, string>; detached: string[] };

/** A `_headers` file (Cloudflare Pages, Netlify): a path, then indented `Name: value` lines. */
function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const rule = rules.at(-1);
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {}, detached: [] });
    else if (/^\s*!/.test(line)) rule?.detached.push(line.replace(/^\s*!\s*/, ''));
    else if (rule) {
      const colon = line.indexOf(':');
      rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** What a static host sends for `path`: every matching rule in order, later ones replacing. */
function sentFor(rules: Rule[], path: string): Record<string, string> {
  const matches = (pattern: string) =>
    pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
  let sent: Record<string, string> = {};
  for (const rule of rules.filter((r) => matches(r.path))) {
    sent = Object.fromEntries(Object.entries(sent).filter(([n]) => !rule.detached.includes(n)));
    sent = { ...sent, ...rule.headers };
  }
  return sent;
}

const rules = parseHeadersFile(readFileSync(join(root, 'public', '_headers'), 'utf8'));
const withoutCache = ({ 'Cache-Control': _, ...rest }: Record<string, string>) => rest;

describe('cross-origin isolation of the optimizer, and of nothing else', () => {
  it('isolates the optimizer page on static hosts, with or without .html, as npm start does', () => {
    for (const path of ['/optimizer.html', '/optimizer']) {
      expect(sentFor(rules, path)).toEqual(optimizerPageHeaders);
      expect(findOptimizerHeaders(path)).toEqual(optimizerPageHeaders);
    }
    expect(optimizerPageHeaders['Cross-Origin-Embedder-Policy']).toBe('require-corp');
    expect(optimizerPageHeaders['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(optimizerPageHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy);
  });

  it("lets only the optimizer's worker scripts compile WebAssembly, isolated as their page", () => {
    const path = '/assets/optimizer/optimizer-worker-abc123.js';
    expect(withoutCache(sentFor(rules, path))).toEqual(optimizerWorkerHeaders);
    expect(findOptimizerHeaders(path)).toEqual(optimizerWorkerHeaders);
    const policy = optimizerWorkerHeaders['Content-Security-Policy'] ?? '';
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy.replace(" 'wasm-unsafe-eval'", '')).toBe(contentSecurityPolicy);
  });

  it("lets the import worker's script compile WebAssembly (Anki packages), unisolated", () => {
    const path = '/assets/import/import-worker-abc123.js';
    expect(withoutCache(sentFor(rules, path))).toEqual(importWorkerHeaders);
    expect(findOwnHeaders(path)).toEqual(importWorkerHeaders);
    expect(importWorkerHeaders['Cross-Origin-Embedder-Policy']).toBeUndefined();
    const policy = importWorkerHeaders['Content-Security-Policy'] ?? '';
    expect(policy.replace(" 'wasm-unsafe-eval'", '')).toBe(contentSecurityPolicy);
    for (const page of ['/', '/import', '/assets/index-abc.js', '/assets/anki/reader.js']) {
      expect(withoutCache(sentFor(rules, page))['Content-Security-Policy']).toBe(
        contentSecurityPolicy,
      );
      expect(findOwnHeaders(page)).toBeNull();
    }
  });

  it('keeps every app page and every other asset unisolated, so card images keep loading', () => {
    for (const path of ['/', '/index.html', '/review', '/settings', '/assets/index-abc.js']) {
      expect(withoutCache(sentFor(rules, path))).toEqual(securityHeaders);
      expect(findOptimizerHeaders(path)).toBeNull();
    }
    expect(securityHeaders['Cross-Origin-Embedder-Policy']).toBeUndefined();
    expect(contentSecurityPolicy).toContain("script-src 'self';");
  });

  it('is what docs/static-hosting.md shows for nginx and Apache', () => {
    const docs = readFileSync(join(root, 'docs', 'static-hosting.md'), 'utf8');
    const policy = optimizerWorkerHeaders['Content-Security-Policy'] ?? '';
    expect(docs.split(`"${policy}"`).length - 1).toBe(2);
    expect(docs.split('Cross-Origin-Embedder-Policy "require-corp"').length - 1).toBe(4);
  });
});
