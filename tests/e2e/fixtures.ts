import { test as base, expect } from '@playwright/test';
import { type PreviewServer, preview } from 'vite';

type Fixtures = { appUrl: string };

// Each test gets its own production server on its own port, so service workers and storage never leak between tests.
export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern
  appUrl: async ({}, use) => {
    const server: PreviewServer = await preview({
      logLevel: 'silent',
      // Lets several builds be tested side by side (`vite build --outDir dist-x`).
      ...(process.env.E2E_OUT_DIR ? { build: { outDir: process.env.E2E_OUT_DIR } } : {}),
      preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('preview server did not report its address');
    await use(url.replace(/\/$/, ''));
    await server.close();
  },
});

export { expect };
