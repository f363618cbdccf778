import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { securityHeaders } from './scripts/security-headers';
import { bankPlugin } from './scripts/vite-plugin-bank';
import { toServiceWorkerHeaders } from './src/pwa/service-worker-policy';

export default defineConfig({
  plugins: [react(), bankPlugin(), VitePWA(pwaOptions()), serviceWorkerHeaders()],
  preview: {
    port: 4173,
    headers: securityHeaders,
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    // Generous: the suite shares 2 cores with a production build and Chromium.
    testTimeout: 20_000,
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

// Design section 7: prompt for updates, precache the shell and the bank, cache card images at run time.
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
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Only the first install claims the open page (so its card images are cached at once);
      // an update waits for the user, since activation needs skipWaiting from the prompt.
      clientsClaim: true,
      runtimeCaching: [
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
  const headers = toServiceWorkerHeaders(securityHeaders);
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
