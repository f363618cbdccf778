import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import {
  createSecurityHeaders,
  readImportOrigins,
  readSyncOrigin,
} from './scripts/security-headers';
import { appShellPlugin } from './scripts/vite-plugin-app-shell';
import { bankPlugin } from './scripts/vite-plugin-bank';
import { optimizerPlugin } from './scripts/vite-plugin-optimizer';
import { toServiceWorkerHeaders } from './src/pwa/service-worker-policy';

// Hosts a site adds for Import from a link: built into the app's messages, and allowed by
// `npm start`'s policy (see docs/static-hosting.md).
const importOrigins = readImportOrigins(process.env.DRILLBOOK_IMPORT_ORIGINS);
// `npm start` lets the page reach the sync server named here (see docs/static-hosting.md).
const pageHeaders = createSecurityHeaders(
  readSyncOrigin(process.env.DRILLBOOK_SYNC_ORIGIN),
  importOrigins,
);

export default defineConfig({
  define: { __DRILLBOOK_IMPORT_ORIGINS__: JSON.stringify(importOrigins) },
  plugins: [
    react(),
    bankPlugin(),
    appShellPlugin(),
    VitePWA(pwaOptions()),
    serviceWorkerHeaders(),
    optimizerPlugin(),
  ],
  preview: {
    port: 4173,
    headers: pageHeaders,
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // The optimizer has its own page, the only cross-origin-isolated one (see README).
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        optimizer: resolve(import.meta.dirname, 'optimizer.html'),
      },
    },
  },
  // Pre-bundling would detach fsrs-browser from its wasm and thread script (import.meta.url).
  optimizeDeps: { exclude: ['fsrs-browser'] },
  worker: {
    // fsrs-browser's thread pool starts module workers from inside the optimizer worker.
    format: 'es',
    rolldownOptions: {
      output: {
        entryFileNames: (chunk) => nameWorkerFile(chunk.name, '[name]-[hash].js'),
        chunkFileNames: (chunk) => nameWorkerFile(chunk.name, '[name]-[hash].js'),
        assetFileNames: (asset) => nameWorkerFile(asset.names[0] ?? '', '[name]-[hash][extname]'),
      },
    },
  },
  test: {
    // Generous: the suite shares 2 cores with a production build and Chromium.
    testTimeout: 20_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. Most
    // files wait on IndexedDB, timers or a server as much as on the CPU, so two share it well.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});

/**
 * The optimizer's worker files go under assets/optimizer/ and the import worker under
 * assets/import/, where their headers apply; the Anki reader that the import worker loads
 * on demand (sql.js and its wasm) goes under assets/anki/, outside the precache.
 */
function nameWorkerFile(name: string, pattern: string): string {
  if (/^(optimizer-|workerHelpers|fsrs_browser)/.test(name)) return `assets/optimizer/${pattern}`;
  if (/^import-worker/.test(name)) return `assets/import/${pattern}`;
  if (/^(anki-import-chunk|sql-wasm)/.test(name)) return `assets/anki/${pattern}`;
  return `assets/${pattern}`;
}

// docs/architecture.md, "Offline and updates": prompt for updates, precache the shell and the bank,
// cache card images at run time.
function pwaOptions(): Partial<VitePWAOptions> {
  return {
    registerType: 'prompt',
    // src/pwa registers the worker itself, after start-up, through virtual:pwa-register.
    injectRegister: false,
    pwaAssets: { config: true, overrideManifestIcons: true, injectThemeColor: false },
    manifest: {
      name: 'Drillbook',
      short_name: 'Drillbook',
      description:
        'Spaced-repetition interview preparation from your own markdown question banks, offline.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'en',
      theme_color: '#1f4e79',
      background_color: '#f7f8fa',
    },
    workbox: {
      // Every chunk, the lazily loaded markdown renderer and the bank included, so reveal works offline.
      globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
      // But not the optimizer's workers and wasm (1.7 MB): cached at run time, below.
      // Nor the sync code (PouchDB, 130 KB), which only devices with sync on ever load: cached
      // at run time, below, so a device that synced once resumes offline.
      // Nor the Anki reader (sql.js and its wasm, 700 KB), loaded only when an Anki package is
      // imported: cached at run time, below, so a second Anki import works offline.
      globIgnores: [
        '**/node_modules/**/*',
        'assets/optimizer/**',
        'assets/browser-sync-*.js',
        'assets/anki/**',
      ],
      // optimizer.html is precached with its own (isolating) headers, and the precache answers
      // its navigations before this fallback does (so the page takes `#start`, not a query).
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Only the first install claims the open page (so its card images are cached at once);
      // an update waits for the user, since activation needs skipWaiting from the prompt.
      clientsClaim: true,
      runtimeCaching: [
        {
          // Fetched when Settings warms them (src/features/settings/optimizer/use-warm-optimizer.ts)
          // or on first use; their names carry a content hash, so the cache is never stale.
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && url.pathname.startsWith('/assets/optimizer/'),
          handler: 'CacheFirst',
          options: {
            cacheName: 'optimizer',
            cacheableResponse: { statuses: [200] },
            // Warmed by fetch() but later requested as module scripts, which may send an Origin
            // header that a `Vary: Origin` response would not match; the names are unique anyway.
            matchOptions: { ignoreVary: true },
            // One version's five files, and the previous version's until they are replaced.
            expiration: { maxEntries: 12, purgeOnQuotaError: true },
          },
        },
        {
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && /^\/assets\/browser-sync-[^/]+\.js$/.test(url.pathname),
          handler: 'CacheFirst',
          options: {
            cacheName: 'sync',
            cacheableResponse: { statuses: [200] },
            matchOptions: { ignoreVary: true },
            // This version's chunk and the previous one's until it is replaced.
            expiration: { maxEntries: 2, purgeOnQuotaError: true },
          },
        },
        {
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && url.pathname.startsWith('/assets/anki/'),
          handler: 'CacheFirst',
          options: {
            cacheName: 'anki-reader',
            cacheableResponse: { statuses: [200] },
            matchOptions: { ignoreVary: true },
            // This version's chunk and wasm, and the previous version's until they are replaced.
            expiration: { maxEntries: 6, purgeOnQuotaError: true },
          },
        },
        {
          urlPattern: ({ request, sameOrigin }) => request.destination === 'image' && !sameOrigin,
          handler: 'CacheFirst',
          options: {
            cacheName: 'card-images',
            // Card images are plain <img> requests, so their responses are opaque (status 0).
            cacheableResponse: { statuses: [0, 200] },
            expiration: {
              maxEntries: 200,
              maxAgeSeconds: 30 * 24 * 60 * 60,
              purgeOnQuotaError: true,
            },
          },
        },
      ],
    },
  };
}

/** `npm start` serves /sw.js with the worker's own policy (see src/pwa/service-worker-policy.ts). */
function serviceWorkerHeaders(): Plugin {
  const headers = toServiceWorkerHeaders(pageHeaders);
  return {
    name: 'drillbook-service-worker-headers',
    configurePreviewServer(server) {
      const file = join(server.config.root, server.config.build.outDir, 'sw.js');
      server.middlewares.use('/sw.js', (req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        readFile(file).then((body) => {
          res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
          res.end(req.method === 'HEAD' ? undefined : body);
        }, next);
      });
    },
  };
}
