import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { bankPlugin } from '../../scripts/vite-plugin-bank';
import type { CompiledCard, CompiledDeck } from '../../src/domain/card-types';
import { hashCardContent, hashDeck } from '../../src/domain/deck-sync/content-hash';

const goodDeck = `---
deck: Sample
id: sample
---

## Question 1: What is a sample?

### Interview-Specific Answer

A small part that stands for the whole.
`;

// A front matter that YAML cannot parse is an error, not a warning.
const brokenDeck = `---
deck: [unclosed
---

## Question 1: Broken?

### Answer

Yes.
`;

const roots: string[] = [];

function makeProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'drillbook-bank-'));
  roots.push(root);
  mkdirSync(join(root, 'cards'));
  writeFileSync(join(root, 'index.html'), '<script type="module" src="/main.js"></script>');
  writeFileSync(
    join(root, 'main.js'),
    "import { decks } from 'virtual:bank';\nconsole.log(decks);\n",
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'cards', name), text);
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the cards/ build plugin', () => {
  it('compiles cards/ into the bundle', async () => {
    const root = makeProject({ 'sample.md': goodDeck });
    const output = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [bankPlugin()],
      build: { write: false },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
      'output' in o ? o.output : [],
    );
    const code = chunks.map((c) => ('code' in c ? c.code : '')).join('\n');
    expect(code).toContain('What is a sample?');
    expect(code).toContain('A small part that stands for the whole.');
  });

  it('fails the build with file:line:col and the message when a card file has an error', async () => {
    const root = makeProject({ 'sample.md': goodDeck, 'broken.md': brokenDeck });
    const building = build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [bankPlugin()],
      build: { write: false },
    });
    await expect(building).rejects.toThrow(/cards\/broken\.md:\d+:\d+: error: .+/);
  });

  it('serves the new content after a card file changes in dev', async () => {
    const root = makeProject({ 'sample.md': goodDeck });
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [bankPlugin()],
      server: { port: 0, host: '127.0.0.1', watch: { usePolling: true, interval: 50 } },
    });
    try {
      const first = await server.ssrLoadModule('virtual:bank');
      expect(JSON.stringify(first.decks)).toContain('What is a sample?');
      writeFileSync(
        join(root, 'cards', 'sample.md'),
        goodDeck.replace('What is a sample?', 'What is an edited sample?'),
      );
      await expect
        .poll(async () => JSON.stringify((await server.ssrLoadModule('virtual:bank')).decks), {
          timeout: 5000,
        })
        .toContain('What is an edited sample?');
    } finally {
      await server.close();
    }
  });

  it("ships each deck's and each card's content hash, so that start-up need not hash the bank", async () => {
    const root = makeProject({
      'sample.md': goodDeck,
      'other.md': goodDeck.replace(/sample/g, 'other'),
    });
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [bankPlugin()],
      server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    });
    try {
      const bank = await server.ssrLoadModule('virtual:bank');
      expect(bank.hashes).toHaveLength(2);
      expect(bank.hashes).toEqual(bank.decks.map(hashDeck));
      expect(new Set(bank.hashes).size).toBe(2);
      const cards: CompiledCard[] = bank.decks.flatMap((deck: CompiledDeck) => deck.cards);
      expect(Object.keys(bank.cardHashes).sort()).toEqual(cards.map((card) => card.id).sort());
      for (const card of cards) expect(bank.cardHashes[card.id]).toBe(hashCardContent(card));
    } finally {
      await server.close();
    }
  });
});
