// The import bench page: the app's real import path (the Import screen's worker client and
// the import worker) on a real IndexedDB. bench/import-bench.ts builds it, opens it in
// Chromium and calls window.runImportBench(size, isComparingWrites).
import { compileDeck } from '../../src/domain/compiler/compile-deck';
import { runImportInWorker } from '../../src/features/import/import-worker-client';
import { createDatabase } from '../../src/storage/db';
import { generateImportBank } from './import-bank';
import type { ImportRunFigures, WriteFigures } from './import-bench-types';
import { compareWrites } from './import-write-variants';

type PageFigures = { run: ImportRunFigures; writes: WriteFigures | null };

async function runImportBench(size: number, isComparingWrites: boolean): Promise<PageFigures> {
  const log = (message: string) => console.log(`[${size}] ${message}`);
  // The worker opens the app's own database; every run starts from an empty one.
  await createDatabase().delete();
  const text = generateImportBank(size);
  const file = new File([text], `import-bench-${size}.md`, { type: 'text/markdown' });
  log(`importing ${(file.size / 1048576).toFixed(1)} MB through the import worker`);

  const began = performance.now();
  const firstAt = new Map<string, number>();
  const job = runImportInWorker(
    { expectation: 'any', sources: [{ name: file.name, file }] },
    (progress) => {
      if (!firstAt.has(progress.phase)) firstAt.set(progress.phase, performance.now());
    },
  );
  const report = await job.done;
  const endedAt = performance.now();
  const imported = report.decks[0];
  if (report.outcome !== 'done' || imported?.counts.added !== size) {
    throw new Error(`The import did not add ${size} cards: ${JSON.stringify(report)}`);
  }
  const db = createDatabase();
  const rows = await db.cards.toArray();
  db.close();
  if (rows.length !== size) throw new Error(`${rows.length} card rows stored, not ${size}`);
  // The compiler alone on the same text, on this thread: how much of parse and plan it is.
  const compileBegan = performance.now();
  compileDeck(text, file.name);
  const compileOnlyMs = Math.round(performance.now() - compileBegan);
  const parseStart = firstAt.get('parsing') ?? began;
  const writeStart = firstAt.get('writing') ?? endedAt;
  const run: ImportRunFigures = {
    cards: size,
    megabytes: Math.round((file.size / 1048576) * 10) / 10,
    totalMs: Math.round(endedAt - began),
    cardsPerSecond: Math.round(size / ((endedAt - began) / 1000)),
    startAndReadMs: Math.round(parseStart - began),
    parseAndPlanMs: Math.round(writeStart - parseStart),
    compileOnlyMs,
    writeMs: Math.round(endedAt - writeStart),
  };
  log(`imported in ${run.totalMs} ms (${run.cardsPerSecond} cards/s)`);
  if (!isComparingWrites) return { run, writes: null };
  log('writing the same rows in bulk chunks, pipelined chunks, and one transaction per card');
  return { run, writes: await compareWrites(rows) };
}

Object.assign(window, { runImportBench });
