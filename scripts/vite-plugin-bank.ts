import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { CompiledDeck, Diagnostic } from '../src/domain/card-types';
import { compileDeck } from '../src/domain/compiler/compile-deck';
import { hashCardContent, hashDeck } from '../src/domain/deck-sync/content-hash';

const publicId = 'virtual:bank';
const resolvedId = `\0${publicId}`;
const bankExtensions = /\.(md|markdown)$/i;

export type BankCompilation = { decks: CompiledDeck[]; diagnostics: Diagnostic[]; files: string[] };

function listBankFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  return entries
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listBankFiles(path);
      return bankExtensions.test(entry.name) ? [path] : [];
    })
    .sort();
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

/** Compiles every markdown file under `cardsDir`, naming files relative to `root` in diagnostics. */
export function compileBank(root: string, cardsDir: string): BankCompilation {
  const files = listBankFiles(cardsDir);
  const decks = files.map((path) => {
    const name = relative(root, path).split(sep).join('/');
    return compileDeck(readFileSync(path, 'utf8'), name);
  });
  return { decks, diagnostics: decks.flatMap((d) => d.diagnostics), files };
}

function renderModule(decks: CompiledDeck[]): string {
  const shipped = decks.map(({ deck, cards }) => ({ deck, cards, diagnostics: [] }));
  // Start-up compares these with the stored hashes; hashing the bank in the page took a long task.
  const hashes = shipped.map(hashDeck);
  const cardHashes = Object.fromEntries(
    shipped.flatMap(({ cards }) => cards.map((card) => [card.id, hashCardContent(card)])),
  );
  return [
    `export const decks = ${JSON.stringify(shipped)};`,
    `export const hashes = ${JSON.stringify(hashes)};`,
    `export const cardHashes = ${JSON.stringify(cardHashes)};`,
    '',
  ].join('\n');
}

/** Compiles `cards/` at build and dev time into `virtual:bank`; an error in a card file fails the build. */
export function bankPlugin(options: { cardsDir?: string } = {}): Plugin {
  let root = process.cwd();
  let cardsDir = join(root, 'cards');
  let server: ViteDevServer | undefined;

  const reload = () => {
    if (!server) return;
    const mod = server.moduleGraph.getModuleById(resolvedId);
    if (mod) server.moduleGraph.invalidateModule(mod);
    server.ws.send({ type: 'full-reload' });
  };

  return {
    name: 'drillbook-bank',
    configResolved(config) {
      root = config.root;
      cardsDir = join(root, options.cardsDir ?? 'cards');
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(cardsDir);
      const onChange = (path: string) => {
        if (path.startsWith(cardsDir) && bankExtensions.test(path)) reload();
      };
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
      devServer.watcher.on('change', onChange);
    },
    resolveId(id) {
      return id === publicId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      const { decks, diagnostics, files } = compileBank(root, cardsDir);
      for (const file of files) this.addWatchFile(file);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      for (const warning of diagnostics.filter((d) => d.severity === 'warning')) {
        this.warn(formatDiagnostic(warning));
      }
      if (errors.length > 0) {
        this.error(`The question bank has errors:\n${errors.map(formatDiagnostic).join('\n')}`);
      }
      return renderModule(decks);
    },
  };
}
