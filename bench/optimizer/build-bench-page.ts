// Node side: bundles the optimizer bench page with Vite's JS API, apart from the app's config
// (no PWA, no bank plugin), with ES module workers as the app builds them.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const pageRoot = fileURLToPath(new URL('./', import.meta.url));
const outDir = fileURLToPath(
  new URL('../../node_modules/.cache/drillbook-optimizer-bench/', import.meta.url),
);

export async function buildOptimizerBenchPage(): Promise<string> {
  await build({
    configFile: false,
    envDir: false,
    root: pageRoot,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return outDir;
}
