// Overhead of Drillbook's scheduler wrapper against calling ts-fsrs directly, in Node.
// Run with `npx tsx bench/scheduler-bench.ts`; figures go to bench/results/scheduler.json.
// The review bench takes the same figures inside Chromium.

import { pathToFileURL } from 'node:url';
import { writeBenchResult } from './bench-support';
import { measureSchedulerOverhead } from './scheduler-overhead';

export async function runSchedulerBench(): Promise<Record<string, unknown>> {
  const result = { name: 'scheduler', node: process.version, ...measureSchedulerOverhead() };
  writeBenchResult('scheduler', result);
  return result;
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) {
  const result = await runSchedulerBench();
  const us = result.microsecondsPerCall as Record<string, number>;
  const ratios = result.ratios as Record<string, number>;
  console.log(`scheduler: ${result.calls} calls x ${result.rounds} rounds, medians (us per call)`);
  for (const [name, value] of Object.entries(us)) console.log(`  ${name.padEnd(16)} ${value}`);
  console.log(`  rateCard / bare next         ${ratios.rateCardOverBareNext}x`);
  console.log(`  previewRatings / bare repeat ${ratios.previewRatingsOverBareRepeat}x`);
  console.log(`  fsrs() per rating / cached   ${ratios.fsrsPerRatingOverBareNext}x`);
  const queue = result.buildQueue as Record<string, number>;
  console.log(
    `  buildQueue (${queue.learning} learning, ${queue.reviews} reviews, ${queue.newCards} new): ${queue.microsecondsPerCall} us`,
  );
  const step = result.sessionStep as Record<string, number>;
  console.log(`  session step (apply a rating, view the queue): ${step.microsecondsPerCall} us`);
}
