import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

type SourceFile = { path: string; text: string; imports: string[] };

function readSource(path: string): SourceFile {
  const text = readFileSync(path, 'utf8');
  const imports = [
    ...text.matchAll(
      /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? '');
  return { path: relative(root, path).split(sep).join('/'), text, imports };
}

const files = listSourceFiles(src).map(readSource);
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'location'];
const layerOrder = [
  'domain',
  'storage',
  'workers',
  'sync',
  'data',
  'stores',
  'components',
  'features',
  'pwa',
  'app',
];

/** src/main.tsx and other top-level files are the entry point: the app layer. */
function layerOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 2 ? (parts[1] ?? 'app') : 'app';
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('architecture boundaries', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('keeps src/domain pure: no React, Dexie, Zustand, DOM, clock or randomness', () => {
    const offences = files
      .filter((f) => f.path.startsWith('src/domain/'))
      .flatMap((f) => {
        const code = withoutComments(f.text);
        const bad: string[] = [];
        for (const spec of f.imports) {
          if (/^(react|react-dom|dexie|dexie-react-hooks|zustand)(\/|$)/.test(spec))
            bad.push(`imports ${spec}`);
        }
        if (/\bDate\.now\s*\(/.test(code)) bad.push('reads Date.now()');
        if (/\bnew Date\s*\(\s*\)/.test(code)) bad.push('reads the clock with new Date()');
        if (/\bMath\.random\s*\(/.test(code)) bad.push('calls Math.random()');
        for (const global of domGlobals) {
          const isLocal = new RegExp(`\\b(const|let|var|function)\\s+${global}\\b`).test(code);
          if (!isLocal && new RegExp(`(^|[^.\\w])${global}\\s*\\.`, 'm').test(code))
            bad.push(`touches the DOM (${global})`);
        }
        return bad.map((b) => `${f.path} ${b}`);
      });
    expect(offences).toEqual([]);
  });

  it('lets only src/storage import Dexie (dexie-react-hooks included)', () => {
    const offences = files
      .filter((f) => !f.path.startsWith('src/storage/'))
      .filter((f) => f.imports.some((s) => /^dexie(-react-hooks)?(\/|$)/.test(s)))
      .map((f) => f.path);
    expect(offences).toEqual([]);
  });

  it('lets only src/domain/scheduler import ts-fsrs', () => {
    const offences = files
      .filter((f) => !f.path.startsWith('src/domain/scheduler/'))
      .filter((f) => f.imports.some((s) => /^ts-fsrs(\/|$)/.test(s)))
      .map((f) => f.path);
    expect(offences).toEqual([]);
  });

  it('makes dependencies flow one way: domain, storage, stores, features, app', () => {
    const offences = files.flatMap((f) => {
      const from = layerOrder.indexOf(layerOf(f.path));
      return f.imports
        .filter((s) => s.startsWith('.'))
        .map((s) => resolveLayer(f.path, s))
        .filter((to) => to !== null && layerOrder.indexOf(to) > from)
        .map((to) => `${f.path} imports from src/${to}`);
    });
    expect(offences).toEqual([]);
  });

  it('keeps features from importing each other', () => {
    const offences = files
      .filter((f) => f.path.startsWith('src/features/'))
      .flatMap((f) => {
        const own = f.path.split('/')[2];
        return f.imports
          .filter((s) => s.startsWith('.'))
          .map((s) => join(f.path, '..', s).split(sep).join('/'))
          .filter((target) => target.startsWith('src/features/') && target.split('/')[2] !== own)
          .map((target) => `${f.path} imports ${target}`);
      });
    expect(offences).toEqual([]);
  });

  it('names card states: no bare state numbers such as `state === 1` in src', () => {
    const bareState = [
      /\bstate\s*[!=]==?\s*[0-3]\b/i,
      /\b[0-3]\s*[!=]==?\s*[\w.?]*\bstate\b/i,
      /\bstate\??\s*:\s*[0-3]\b/i,
      /where\(\s*'state'\s*\)\.(equals|above|below|anyOf)\(\s*[0-3]\b/,
    ];
    const offences = files.flatMap((f) =>
      withoutComments(f.text)
        .split('\n')
        .flatMap((line, i) =>
          bareState.some((pattern) => pattern.test(line))
            ? [`${f.path}:${i + 1} ${line.trim()}`]
            : [],
        ),
    );
    expect(offences).toEqual([]);
  });
});

function resolveLayer(fromPath: string, spec: string): string | null {
  const target = join(fromPath, '..', spec).split(sep).join('/');
  if (!target.startsWith('src/')) return null;
  const layer = layerOf(target);
  return layerOrder.includes(layer) ? layer : null;
}
