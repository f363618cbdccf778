// A fresh worker runs the compiler cold: compiling a 10,000-card bank then takes 1.5 to 2 times
// the CPU time it takes once warm. The Import screen starts its worker before the user picks a
// file, so the worker spends that idle time on rounds of a sample bank, one per task, so that a
// job that arrives meanwhile waits for one round at most. Rounds of 1,000 cards (not 200) also
// grow the worker's heap to an import's size: parsing 10,000 cards in the worker went from
// 460 ms to 204-346 ms in the import bench.
import { parseImportText } from '../domain/deck-import/parse-import-text';
import { hashCardContent, hashDeck } from '../domain/deck-sync/content-hash';

const WARM_UP_ROUNDS = 10;
const WARM_UP_CARDS = 1000;

export function warmUpImport(isBusy: () => boolean, rounds = WARM_UP_ROUNDS): void {
  const text = writeSampleBank(WARM_UP_CARDS);
  const runRound = (left: number) => {
    if (left === 0 || isBusy()) return;
    const parsed = parseImportText(text, 'warm-up.md');
    if (parsed.kind === 'deck') {
      hashDeck(parsed.deck);
      for (const card of parsed.deck.cards) hashCardContent(card);
    }
    setTimeout(() => runRound(left - 1), 0);
  };
  setTimeout(() => runRound(rounds), 0);
}

/** The shapes a bank is mostly made of: numbered questions, sections, lists, code, answers. */
export function writeSampleBank(cards: number): string {
  const parts = ['---\ndeck: Warm-up\nid: warm-up\ntags: [sample]\n---\n\n# Warm-up\n'];
  for (let n = 1; n <= cards; n += 1) {
    parts.push(
      `## Question ${n}: How does part ${n} work?\n\n### Concepts\n\n- Part ${n} keeps **state** in order.\n- It *retries* work.\n\n### Example Code Snippets\n\n\`\`\`ts\nconst part${n} = run(${n});\n\`\`\`\n\n### Interview-Specific Answer\n\nPart ${n} bounds its memory and reports its latency, so it stays predictable.\n`,
    );
  }
  return parts.join('\n');
}
