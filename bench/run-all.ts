// `npm run bench`: runs every bench/*-bench.ts module's exported runner (runXBench) in turn,
// prints what each returns, and exits non-zero if any of them throws. Options after `--`
// reach the benches that read them, e.g. `npm run bench -- --sizes=1000,10000`.
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

type Runner = () => Promise<Record<string, unknown>>;

// The known benches first, in the order docs/architecture.md ("Quality gates and benchmarks")
// lists them; any later ones after.
const preferredOrder = [
  'compiler',
  'scheduler',
  'import',
  'anki-import',
  'review',
  'stats',
  'optimizer',
  'search',
  'sync',
];

export function listBenchModules(files: readonly string[]): string[] {
  const names = files.filter((file) => /^[a-z0-9-]+-bench\.ts$/.test(file));
  const rank = (file: string) => {
    const index = preferredOrder.indexOf(file.replace(/-bench\.ts$/, ''));
    return index === -1 ? preferredOrder.length : index;
  };
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function findExport(module: Record<string, unknown>, pattern: RegExp): unknown {
  return Object.entries(module).find(([name]) => pattern.test(name))?.[1];
}

function findRunner(module: Record<string, unknown>, file: string): Runner {
  const runner = findExport(module, /^run[A-Z]\w*Bench$/);
  if (typeof runner !== 'function') throw new Error(`${file} exports no runXBench() function`);
  return () => Promise.resolve(runner());
}

/** A bench's own printXBench(result) when it has one, else the result as JSON. */
function printResult(module: Record<string, unknown>, result: Record<string, unknown>): void {
  const print = findExport(module, /^print[A-Z]\w*Bench$/);
  if (typeof print === 'function') print(result);
  else console.log(JSON.stringify(result, null, 2));
}

async function runAll(): Promise<number> {
  const dir = new URL('./', import.meta.url);
  const files = listBenchModules(readdirSync(dir));
  const failures: string[] = [];
  for (const file of files) {
    console.log(`\n=== ${file}`);
    const began = performance.now();
    try {
      const module: Record<string, unknown> = await import(new URL(file, dir).href);
      const result = await findRunner(module, file)();
      printResult(module, result);
      console.log(`${file}: done in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    } catch (error) {
      failures.push(file);
      console.error(`${file} failed:`, error);
    }
  }
  console.log(`\n${files.length - failures.length} of ${files.length} benches ran.`);
  if (failures.length > 0) console.error(`Failed: ${failures.join(', ')}`);
  return failures.length > 0 ? 1 : 0;
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) {
  process.exitCode = await runAll();
}
