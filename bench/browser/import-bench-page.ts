// The import bench page: the app's real import path (the Import screen's worker client and
// the import worker) on a real IndexedDB. bench/import-bench.ts builds it, opens it in
// Chromium and calls window.runImportBench(size, modes, isComparingWrites).

import { importFiles } from '../../src/data/jobs';
import { compileDeck } from '../../src/domain/compiler/compile-deck';
import { createDatabase } from '../../src/storage/db';
import { prepareImportWorker } from '../../src/workers/clients/import-client';
import { generateImportBank } from './import-bank';
import type { ImportRunFigures, WriteFigures } from './import-bench-types';
import { compareWrites } from './import-write-variants';

type PageFigures = { runs: ImportRunFigures[]; writes: WriteFigures | null };
type Mode = ImportRunFigures['mode'];

// What a user takes, at the least, to pick a file after the Import screen has opened.
const PREPARED_WAIT_MS = 1500;

async function runImportBench(
  size: number,
  modes: readonly Mode[],
  isComparingWrites: boolean,
): Promise<PageFigures> {
  const text = generateImportBank(size);
  const runs: ImportRunFigures[] = [];
  for (const mode of modes) runs.push(await runOnce(text, size, mode));
  if (!isComparingWrites) return { runs, writes: null };
  console.log(`[${size}] writing the same rows in several ways, side by side`);
  const db = createDatabase();
  const rows = await db.cards.toArray();
  db.close();
  return { runs, writes: await compareWrites(rows) };
}

async function runOnce(text: string, size: number, mode: Mode): Promise<ImportRunFigures> {
  const log = (message: string) => console.log(`[${size} ${mode}] ${message}`);
  // The worker opens the app's own database; every run starts from an empty one.
  await createDatabase().delete();
  const file = new File([text], `import-bench-${size}.md`, { type: 'text/markdown' });
  const preparedWaitMs = mode === 'prepared' ? PREPARED_WAIT_MS : 0;
  if (mode === 'prepared') {
    prepareImportWorker();
    await new Promise((resolve) => setTimeout(resolve, preparedWaitMs));
  }
  log(`importing ${(file.size / 1048576).toFixed(1)} MB through the import worker`);

  const began = performance.now();
  const firstAt = new Map<string, number>();
  const job = importFiles(
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
  const stored = await db.cards.count();
  db.close();
  if (stored !== size) throw new Error(`${stored} card rows stored, not ${size}`);
  // The compiler alone on the same text, on this thread: how much of parse and plan it is.
  const compileBegan = performance.now();
  compileDeck(text, file.name);
  const compileOnlyMs = Math.round(performance.now() - compileBegan);
  const parseStart = firstAt.get('parsing') ?? began;
  const writeStart = firstAt.get('writing') ?? endedAt;
  const run: ImportRunFigures = {
    cards: size,
    mode,
    preparedWaitMs,
    megabytes: Math.round((file.size / 1048576) * 10) / 10,
    totalMs: Math.round(endedAt - began),
    cardsPerSecond: Math.round(size / ((endedAt - began) / 1000)),
    startAndReadMs: Math.round(parseStart - began),
    parseAndPlanMs: Math.round(writeStart - parseStart),
    compileOnlyMs,
    writeMs: Math.round(endedAt - writeStart),
  };
  log(`imported in ${run.totalMs} ms (${run.cardsPerSecond} cards/s)`);
  return run;
}

Object.assign(window, { runImportBench });
