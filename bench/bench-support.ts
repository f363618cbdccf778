// What the Node side of every bench shares: the browser it launches, its command line, and
// where its figures go.
import { mkdirSync, writeFileSync } from 'node:fs';
import playwrightConfig, { chromiumPath } from '../playwright.config';

/** Benches launch the browser the end-to-end tests use: Debian's Chromium, same flags. */
export const benchChromium = {
  executablePath: chromiumPath,
  args: playwrightConfig.use?.launchOptions?.args ?? [],
};

/** `--sizes=1000,10000` runs a subset; anything else on the command line is ignored. */
export function readSizesOption(
  args: readonly string[],
  defaults: readonly number[],
  minimum = 100,
): number[] {
  const option = args.find((arg) => arg.startsWith('--sizes='));
  if (option === undefined) return [...defaults];
  const sizes = option
    .slice('--sizes='.length)
    .split(',')
    .map((text) => Number(text.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < minimum)) {
    throw new Error(`--sizes takes whole numbers of at least ${minimum}, not "${option}"`);
  }
  return sizes;
}

/** Writes a bench's figures to bench/results/<name>.json. */
export function writeBenchResult(name: string, result: unknown): void {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(result, null, 2)}\n`);
}
