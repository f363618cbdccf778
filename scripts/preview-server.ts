import { join } from 'node:path';
import { type PreviewServer, preview } from 'vite';

const root = join(import.meta.dirname, '..');

/** Serves a production build with npm start's headers on a free local port. */
export async function startPreviewServer(
  outDir: string,
): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root,
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report its address');
  return { server, url };
}
