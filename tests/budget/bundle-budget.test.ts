import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Rolldown } from 'vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 6: what the first visit downloads stays small, whatever screens are added.
const INITIAL_JS_GZIP_BUDGET = 170 * 1024;
const PRECACHE_BUDGET = 1.5 * 1024 * 1024;

const root = join(import.meta.dirname, '..', '..');
type Chunk = Rolldown.OutputChunk;

let outDir = '';
let chunks: Chunk[] = [];

/** A fresh production build of the working tree, in its own directory, so dist/ is not trusted. */
beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'drillbook-budget-'));
  const nodeEnv = process.env.NODE_ENV;
  // Vitest sets NODE_ENV=test, which would build React's development version.
  process.env.NODE_ENV = 'production';
  try {
    const result = await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const outputs = Array.isArray(result) ? result : [result];
    chunks = outputs.flatMap((output) =>
      'output' in output
        ? output.output.filter((item): item is Chunk => item.type === 'chunk')
        : [],
    );
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}, 120_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/**
 * What a first visit runs before its first screen: the entry chunk, what it imports statically,
 * and what it imports at start (the entry's own dynamic imports: React, then the app), each
 * with its static imports. Screens behind the app's lazy routes are not in it.
 */
function initialChunks(): Chunk[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // The app's entry, not the optimizer page's: index.html is what every visit loads.
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === 'index');
  if (!entry) throw new Error('the build has no index entry chunk');
  const seen = new Map<string, Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const imported = byName.get(name);
      if (imported) visit(imported);
    }
  };
  visit(entry);
  for (const name of entry.dynamicImports) {
    const imported = byName.get(name);
    if (imported) visit(imported);
  }
  return [...seen.values()];
}

async function gzipSize(fileName: string): Promise<number> {
  return gzipSync(await readFile(join(outDir, fileName))).length;
}

describe('bundle budgets (fresh production build)', () => {
  it('loads at most 170 KB of JavaScript (gzip) before the first screen', async () => {
    const initial = initialChunks();
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    const loadedByHtml = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1]);
    const preloaded = [...html.matchAll(/rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    const initialNames = initial.map((chunk) => chunk.fileName);
    expect(loadedByHtml).toHaveLength(1);
    expect(initialNames).toEqual(expect.arrayContaining([...loadedByHtml, ...preloaded]));

    const sizes = await Promise.all(initialNames.map(gzipSize));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.info(
      `initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip in ${initial.length} file(s)`,
    );
    expect(total).toBeLessThanOrEqual(INITIAL_JS_GZIP_BUDGET);
  });

  it('keeps every screen but Decks and Review out of the initial JavaScript', async () => {
    const routes = await readFile(join(root, 'src', 'app', 'AppRoutes.tsx'), 'utf8');
    const staticFeatures = [...routes.matchAll(/^import[^;]*from\s+'\.\.\/features\/([^/']+)\//gm)];
    expect(staticFeatures.map((m) => m[1]).filter((f) => f !== 'decks' && f !== 'review')).toEqual(
      [],
    );

    const lazyTargets = [...routes.matchAll(/import\(\s*'\.\.\/([^']+)'\s*\)/g)].map((m) =>
      join('src', m[1] ?? ''),
    );
    const initialModules = new Set(
      initialChunks().flatMap((chunk) =>
        chunk.moduleIds.map((id) => relative(root, id).split(sep).join('/')),
      ),
    );
    // The module ids are read right: the first screen and the app around it are there.
    expect(initialModules).toContain('src/features/decks/DecksScreen.tsx');
    expect(initialModules).toContain('src/app/App.tsx');
    expect(lazyTargets.length).toBeGreaterThan(0);
    const eager = lazyTargets.filter((target) =>
      [...initialModules].some((id) => id.replace(/\.tsx?$/, '') === target.split(sep).join('/')),
    );
    expect(eager).toEqual([]);
  });

  it('paints the Decks screen from index.html: the prerendered shell holds the built-in deck', async () => {
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    const body = html.slice(html.indexOf('<body>'));
    expect(body).toMatch(/<nav aria-label="Main">/);
    expect(body).toMatch(/<h1>Decks<\/h1>/);
    expect(body).toMatch(/<h2><a href="\/decks\/[^"]+">[^<]+<\/a><\/h2>/);
    // The CSP allows no inline script or style: the shell needs neither.
    expect(body).not.toMatch(/<script(?![^>]*\bsrc=)|<style|\sstyle="/);
    expect(html).not.toContain('<!--app-shell-->');
  });

  it('precaches at most 1.5 MB', async () => {
    const worker = await readFile(join(outDir, 'sw.js'), 'utf8');
    const urls = [...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls).toContain('index.html');
    const sizes = await Promise.all(urls.map(async (url) => (await stat(join(outDir, url))).size));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.info(`precache: ${(total / 1024).toFixed(1)} KiB in ${urls.length} files`);
    expect(total).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });

  it('bounds the run-time cache of card images (entries and age), beside the precache', async () => {
    const worker = await readFile(join(outDir, 'sw.js'), 'utf8');
    expect(worker).toMatch(/new \w+\.CacheFirst\(\{cacheName:"card-images"/);
    expect(worker).toMatch(/ExpirationPlugin\(\{maxEntries:200,maxAgeSeconds:2592e3/);
    expect(worker).toContain('cleanupOutdatedCaches()');
    expect(worker).toMatch(/NavigationRoute\(\w+\.createHandlerBoundToURL\("index.html"\)\)/);
  });
});
