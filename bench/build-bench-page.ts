// Node side: bundles a bench page with Vite's JS API, apart from the app's own config (no PWA,
// no bank plugin), so a page carries only the app modules it measures.
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, mergeConfig } from 'vite';

/**
 * Builds the page whose folder is `pageFolder` into node_modules/.cache/<cacheName>/ and
 * returns that folder. `extra` adds to the shared settings (workers, entry points).
 */
export async function buildBenchPage(
  pageFolder: URL,
  cacheName: string,
  extra: InlineConfig = {},
): Promise<string> {
  const outDir = fileURLToPath(new URL(`../node_modules/.cache/${cacheName}/`, import.meta.url));
  const shared: InlineConfig = {
    configFile: false,
    envDir: false,
    root: fileURLToPath(pageFolder),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  };
  await build(mergeConfig(shared, extra));
  return outDir;
}
