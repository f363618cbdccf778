// Node side: bundles the import bench page with Vite's JS API, apart from the app's config,
// and writes the page's HTML next to it (the entry is a script, so nothing else is needed).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBenchPage } from '../build-bench-page';

const html = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><link rel="icon" href="data:," /><title>Drillbook import bench</title></head>
  <body>
    <p>Drillbook import bench: driven by bench/import-bench.ts.</p>
    <script type="module" src="./import-bench.js"></script>
  </body>
</html>
`;

/** Builds the import bench page into the cache folder and returns that folder. */
export async function buildImportBenchPage(): Promise<string> {
  const outDir = await buildBenchPage(new URL('./', import.meta.url), 'drillbook-import-bench', {
    build: {
      rollupOptions: {
        input: fileURLToPath(new URL('./import-bench-page.ts', import.meta.url)),
        output: { entryFileNames: 'import-bench.js' },
      },
    },
  });
  writeFileSync(`${outDir}index.html`, html);
  return outDir;
}
