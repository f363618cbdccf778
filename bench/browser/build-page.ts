// Node side: bundles the bench page with Vite's JS API, apart from the app's own config
// (no PWA, no bank plugin), so the page carries only the app modules it measures.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const pageRoot = fileURLToPath(new URL('./', import.meta.url));
const outDir = fileURLToPath(
  new URL('../../node_modules/.cache/drillbook-bench/', import.meta.url),
);

/** Builds bench/browser into the cache folder and returns that folder. */
export async function buildBenchPage(): Promise<string> {
  await build({
    configFile: false,
    envDir: false,
    root: pageRoot,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return outDir;
}
