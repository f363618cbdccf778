import { readFileSync } from 'node:fs';
import { compileDeck } from '../src/domain/compiler/compile-deck';
const f = process.argv[2] ?? 'tests/fixtures/markdown/seed-question-bank.md';
const d = compileDeck(readFileSync(f, 'utf8'), f);
console.log(JSON.stringify(d.deck));
for (const c of d.cards) console.log(c.number, c.id, '|', c.question, '|', c.tags.join(','), '| sections:', c.sections.map(s => s.title).join(' / '), '| answer:', JSON.stringify(c.answer.slice(0, 80)));
console.log(d.diagnostics);
