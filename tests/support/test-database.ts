import { setDatabaseForTests } from '../../src/data/services/database';
import type { CompiledDeck } from '../../src/domain/card-types';
import { compileDeck } from '../../src/domain/compiler/compile-deck';
import { syncDecks } from '../../src/storage/bank-sync';
import { createDatabase, type DrillbookDb } from '../../src/storage/db';

let counter = 0;

/** A fresh fake-indexeddb database, installed as the app's database. */
export function installTestDatabase(): DrillbookDb {
  counter += 1;
  const db = createDatabase(`drillbook-test-${counter}-${process.pid}`);
  setDatabaseForTests(db);
  return db;
}

export function makeDeck(id: string, questions: number): CompiledDeck {
  const body = Array.from(
    { length: questions },
    (_, i) =>
      `## Question ${i + 1}: What is topic ${i + 1}?\n\n### Concepts\n\n- **Term ${i + 1}** explained.\n\n### Interview-Specific Answer\n\nTopic ${i + 1} is answered here.\n`,
  ).join('\n');
  return compileDeck(`---\ndeck: Deck ${id}\nid: ${id}\n---\n\n${body}`, `${id}.md`);
}

export async function seedDeck(
  db: DrillbookDb,
  deck: CompiledDeck,
  now = Date.now(),
): Promise<void> {
  await syncDecks(db, [deck], 'import', now);
}
