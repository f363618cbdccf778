import { createReadStream } from 'node:fs';
import { cp, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { build } from 'vite';
import { securityHeaders } from '../../scripts/security-headers';
import { toServiceWorkerHeaders } from '../../src/pwa/service-worker-policy';

/**
 * Builds the app into `outDir`, tagged in index.html so that it differs from the current build
 * the way a new release does: another index.html revision in the precache, hence another sw.js.
 */
export async function buildTaggedApp(outDir: string, tag: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
      plugins: [
        {
          name: 'drillbook-test-build-tag',
          transformIndexHtml: (html) =>
            html.replace('</head>', `<meta name="drillbook-build" content="${tag}" /></head>`),
        },
      ],
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** A copy of `npm run build`'s output (test:e2e builds it first), safe from later rebuilds. */
export async function copyCurrentBuild(outDir: string): Promise<void> {
  const dist = join(process.cwd(), process.env.E2E_OUT_DIR ?? 'dist');
  const hasBuild = await stat(join(dist, 'sw.js')).then(
    () => true,
    () => false,
  );
  if (!hasBuild) throw new Error('No production build in dist/: run `npm run build` first.');
  await cp(dist, outDir, { recursive: true });
}

export type SwitchableServer = {
  url: string;
  /** From the next request on, serves this build: a deploy, as the browser sees it. */
  serve: (dir: string) => void;
  close: () => Promise<void>;
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

const workerHeaders = toServiceWorkerHeaders(securityHeaders);

/** A static host with `npm start`'s headers and a single-page fallback, whose build can change. */
export async function startSwitchableServer(dir: string): Promise<SwitchableServer> {
  let root = dir;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    void resolveFile(root, path).then((file) => {
      if (file === null) {
        response.writeHead(404, securityHeaders).end();
        return;
      }
      const headers = path === '/sw.js' ? workerHeaders : securityHeaders;
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-cache' });
      createReadStream(file).pipe(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    serve: (next) => {
      root = next;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The file for a request path; paths without an extension get index.html (client routes). */
async function resolveFile(root: string, path: string): Promise<string | null> {
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep) && file !== root) return null;
  const isFile = await stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
  if (isFile) return file;
  return extname(path) === '' ? join(root, 'index.html') : null;
}
