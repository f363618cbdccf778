// A markdown bank of `size` cards, the same on every run: numbered questions with a short
// Concepts section and an interview answer, about 400 bytes a card, so that 100,000 cards
// (some 40 MB) stay under the 50 MB import limit.
import { createRandom, pickFrom } from './random';

const topics = ['cache', 'index', 'queue', 'lock', 'replica', 'shard', 'token', 'socket', 'heap'];
const verbs = ['evicts', 'orders', 'retries', 'batches', 'isolates', 'streams', 'routes'];

export function generateImportBank(size: number): string {
  const random = createRandom(size);
  const parts = [`---\ndeck: Import bench ${size}\nid: import-bench-${size}\ntags: [bench]\n---\n`];
  for (let n = 1; n <= size; n += 1) {
    const topic = pickFrom(random, topics);
    const verb = pickFrom(random, verbs);
    parts.push(
      `## Question ${n}: How does the ${topic} ${n} work?\n\n### Concepts\n\n- The ${topic} ${verb} work item ${n} under load.\n\n### Interview-Specific Answer\n\nThe ${topic} ${n} ${verb} pending work in order, bounds its memory and reports its latency, so the ${topic} stays predictable under load.\n`,
    );
  }
  return parts.join('\n');
}
