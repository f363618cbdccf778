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
  return readSourceText(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
}

function readSourceText(path: string, text: string): SourceFile {
  const imports = [
    ...text.matchAll(
      /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? '');
  return { path, text, imports };
}

const files = listSourceFiles(src).map(readSource);
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'location'];
// Each layer may import only from itself and the layers before it.
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

  it('makes dependencies flow one way: domain, storage, workers, sync, data, stores, components, features, pwa, app', () => {
    expect(findLayerOffences(files)).toEqual([]);
  });

  it('keeps screens on the data surface: no feature imports src/storage, gets the database or starts a worker client', () => {
    expect(findSurfaceOffences(files)).toEqual([]);
  });

  it('catches the offences it looks for (a check of the checker)', () => {
    const fake = (path: string, text: string) => readSourceText(path, text);
    const offenders = [
      fake('src/workers/job.ts', "import { x } from '../features/browse/engine';"),
      fake('src/data/handlers/a.ts', "import { useAppStore } from '../../stores/app-store';"),
      fake('src/features/decks/A.tsx', "import type { DrillbookDb } from '../../storage/db';"),
      fake('src/features/decks/B.tsx', 'const db = getDatabase();'),
      fake('src/features/decks/C.tsx', "const m = await import('../../storage/backup');"),
      fake(
        'src/features/import/E.tsx',
        "import { startJob } from '../../workers/clients/import-client';",
      ),
    ];
    expect(findLayerOffences(offenders)).toEqual([
      'src/workers/job.ts imports from src/features',
      'src/data/handlers/a.ts imports from src/stores',
    ]);
    expect(findSurfaceOffences(offenders)).toEqual([
      'src/features/decks/A.tsx imports src/storage/db',
      'src/features/decks/B.tsx gets the database (getDatabase)',
      'src/features/decks/C.tsx imports src/storage/backup',
      'src/features/import/E.tsx starts a worker client (src/workers/clients/import-client), not a job of src/data/jobs',
    ]);
    const clean = [
      fake('src/features/decks/D.tsx', "import { useQuery } from '../../data/use-query';"),
      fake('src/data/handlers/b.ts', "import { listDecks } from '../../storage/deck-repo';"),
      fake(
        'src/features/import/F.tsx',
        "import type { Job } from '../../workers/clients/import-client';",
      ),
    ];
    expect([...findLayerOffences(clean), ...findSurfaceOffences(clean)]).toEqual([]);
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

  it('writes the review log and its aggregates only through src/storage/review-log.ts', () => {
    expect(findReviewLogWrites(files)).toEqual([]);
    const fake = (path: string, text: string) => readSourceText(path, text);
    const offenders = [
      fake('src/storage/a.ts', 'await db.reviews.bulkPut(rows);'),
      fake('src/storage/b.ts', "await tx.table('reviews').add(row);"),
      fake(
        'src/storage/c.ts',
        "await db.reviews\n  .where('cardId')\n  .equals(id)\n  .modify(f);",
      ),
      fake('src/sync/d.ts', 'await db.reviewDays.clear();'),
      fake('src/storage/e.ts', 'await db.reviews.where(x).delete();'),
    ];
    expect(findReviewLogWrites(offenders)).toEqual([
      'src/storage/a.ts writes reviews: .reviews.bulkPut(',
      "src/storage/b.ts writes reviews: table('reviews').add(",
      "src/storage/c.ts writes reviews: .reviews\n  .where('cardId')\n  .equals(id)\n  .modify(",
      'src/sync/d.ts writes reviews: .reviewDays.clear(',
      'src/storage/e.ts writes reviews: .reviews.where(x).delete(',
    ]);
    const reads = fake(
      'src/storage/f.ts',
      "db.reviews.where('x').toArray(); db.schedule.delete(id);",
    );
    expect(findReviewLogWrites([reads])).toEqual([]);
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

function findLayerOffences(sources: SourceFile[]): string[] {
  return sources.flatMap((f) => {
    const from = layerOrder.indexOf(layerOf(f.path));
    return f.imports
      .filter((s) => s.startsWith('.'))
      .map((s) => resolveLayer(f.path, s))
      .filter((to) => to !== null && layerOrder.indexOf(to) > from)
      .map((to) => `${f.path} imports from src/${to}`);
  });
}

const valueImport = /import\s+(?!type\b)[^'"]*?from\s*['"]([^'"]+)['"]/g;

/** Screens reach data through src/data only: neither storage nor the database connection. */
function findSurfaceOffences(sources: SourceFile[]): string[] {
  return sources
    .filter((f) => f.path.startsWith('src/features/'))
    .flatMap((f) => {
      const storage = f.imports
        .filter((s) => s.startsWith('.'))
        .map((s) => join(f.path, '..', s).split(sep).join('/'))
        .filter((target) => target.startsWith('src/storage/') || target === 'src/storage')
        .map((target) => `${f.path} imports ${target}`);
      const database = /\bgetDatabase\b/.test(withoutComments(f.text))
        ? [`${f.path} gets the database (getDatabase)`]
        : [];
      // Types of a job's progress may come from the client; starting one goes through data.
      const clients = [...withoutComments(f.text).matchAll(valueImport)]
        .map((m) =>
          join(f.path, '..', m[1] ?? '')
            .split(sep)
            .join('/'),
        )
        .filter((target) => target.startsWith('src/workers/clients/'))
        .map(
          (target) => `${f.path} starts a worker client (${target}), not a job of src/data/jobs`,
        );
      return [...storage, ...database, ...clients];
    });
}

// The review log and its aggregates change together (docs/architecture.md, "Review
// aggregates"): only review-log.ts writes them, the build writes only aggregates, and db.ts's
// upgrades of earlier versions rewrite rows in place.
const reviewLogWriters = new Set([
  'src/storage/review-log.ts',
  'src/storage/review-days-build.ts',
  'src/storage/db.ts',
]);
const reviewLogWrite =
  /(?:\.review(?:s|Days)\b|table(?:<[^>]*>)?\(\s*'review(?:s|Days)'\s*\))(?:\.(?:add|bulkAdd|put|bulkPut|delete|bulkDelete|clear|update|bulkUpdate)\(|[^;]*?\.(?:modify|delete)\()/g;

function findReviewLogWrites(sources: SourceFile[]): string[] {
  return sources
    .filter((f) => !reviewLogWriters.has(f.path))
    .flatMap((f) =>
      [...withoutComments(f.text).matchAll(reviewLogWrite)].map(
        (m) => `${f.path} writes reviews: ${m[0]}`,
      ),
    );
}
