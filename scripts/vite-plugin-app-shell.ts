import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import type { CompiledDeck } from '../src/domain/card-types';
import { compileBank } from './vite-plugin-bank';

// index.html marks the region that the shell replaces; `npm run dev` keeps what is between.
const shellRegion = /<!--app-shell-->[\s\S]*?<!--\/app-shell-->/;
const rendererPath = '/src/app/render-app-shell.tsx';

type RenderAppShell = (decks: CompiledDeck[]) => string;

function isRenderer(value: unknown): value is RenderAppShell {
  return typeof value === 'function';
}

/**
 * Renders the app's own layout and Decks screen (with the built-in bank) into index.html at
 * build time, so that the first paint, and the largest one, need no JavaScript.
 */
async function renderShellHtml(root: string): Promise<string> {
  const { decks } = compileBank(root, join(root, 'cards'));
  // A throwaway server only to load the components' TypeScript in Node, React on the server side.
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = await server.ssrLoadModule(rendererPath);
    const render: unknown = module.renderAppShell;
    if (!isRenderer(render)) throw new Error(`${rendererPath} exports no renderAppShell`);
    return render(decks);
  } finally {
    await server.close();
  }
}

export function appShellPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'drillbook-app-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!shellRegion.test(html)) return html;
        const shell = await renderShellHtml(root);
        return html.replace(shellRegion, () => shell);
      },
    },
  };
}
