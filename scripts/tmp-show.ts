import { readFileSync } from 'node:fs';
import { compileDeck } from '../src/domain/compiler/compile-deck';
const f = process.argv[2] ?? 'tests/fixtures/markdown/seed-question-bank.md';
const d = compileDeck(readFileSync(f, 'utf8'), f);
const nums = (process.argv[3] ?? '').split(',').map(Number);
for (const c of d.cards.filter((c, i) => nums.includes(c.number ?? -1) || nums.includes(-(i+1)))) console.log(JSON.stringify(c, null, 1));
