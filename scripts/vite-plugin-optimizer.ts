// The optimizer runs in its own cross-origin-isolated page (see scripts/security-headers.ts).
// This plugin gives that page and its worker scripts their headers on `npm run dev` and
// `npm start`, and lists the optimizer's files for the page that warms them for offline use.
// `npm start` also serves the import worker's script with its own policy (WebAssembly for the
// Anki reader).
import { readFile, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import {
  importWorkerAssetsPrefix,
  importWorkerHeaders,
  optimizerAssetsPrefix,
  optimizerPageHeaders,
  optimizerPagePaths,
  optimizerWorkerHeaders,
} from './security-headers';

/** Written next to index.html: the optimizer's worker, thread and wasm files of this build. */
export const optimizerAssetListName = 'optimizer-assets.json';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The production headers for a path, when it is the optimizer's; null for every other path. */
export function findOptimizerHeaders(path: string): Record<string, string> | null {
  if (optimizerPagePaths.some((page) => page === path)) return optimizerPageHeaders;
  if (path.startsWith(optimizerAssetsPrefix)) return optimizerWorkerHeaders;
  return null;
}

/**
 * The production headers of a path that has its own: the optimizer's page and workers, and
 * the import worker (which may compile WebAssembly); null for every other path.
 */
export function findOwnHeaders(path: string): Record<string, string> | null {
  if (path.startsWith(importWorkerAssetsPrefix)) return importWorkerHeaders;
  return findOptimizerHeaders(path);
}

// Vite's dev server has no policy headers (it injects inline scripts); isolation is all the
// optimizer page and its workers need there. Dev worker URLs keep their source file names.
function isDevOptimizerPath(path: string): boolean {
  return (
    optimizerPagePaths.some((page) => page === path) ||
    /\/(optimizer(-[a-z]+)*-worker\.ts|workerHelpers\.js)$/.test(path)
  );
}

export function optimizerPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'drillbook-optimizer',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://dev').pathname;
        if (isDevOptimizerPath(path)) {
          res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
          res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
        }
        next();
      });
    },
    configurePreviewServer(server) {
      const dir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://preview').pathname);
        const headers = findOwnHeaders(path);
        if (headers === null) return next();
        const isAsset =
          path.startsWith(optimizerAssetsPrefix) || path.startsWith(importWorkerAssetsPrefix);
        const file = isAsset ? path : '/optimizer.html';
        serveFile(dir, file, headers, res, req.method === 'HEAD').catch(() => next());
      });
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .map((name) => `/${name}`)
        .filter((name) => name.startsWith(optimizerAssetsPrefix))
        .sort();
      await writeFile(join(outDir, optimizerAssetListName), `${JSON.stringify(files)}\n`);
    },
  };
}

async function serveFile(
  dir: string,
  path: string,
  headers: Record<string, string>,
  res: ServerResponse,
  isHead: boolean,
): Promise<void> {
  const root = normalize(dir + sep);
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) throw new Error(`Outside the build: ${path}`);
  const body = await readFile(file);
  const type = contentTypes[extname(file)] ?? 'application/octet-stream';
  // Asset names carry a content hash; the page must be revalidated to see a new version.
  const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': cache });
  res.end(isHead ? undefined : body);
}
