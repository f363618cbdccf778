import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledDeck } from '../../../src/domain/card-types';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { exportDeckMarkdown } from '../../../src/domain/deck-import/export-markdown';
import { parseHeaderCsv } from '../../../src/domain/deck-import/parse-delimited';
import { FIXTURES, readFixture } from '../compiler/fixtures';

/** Exports a deck and compiles the result again under the same file name. */
function roundTrip(deck: CompiledDeck): CompiledDeck {
  return compileDeck(exportDeckMarkdown(deck.deck, deck.cards), deck.deck.file);
}

/** Everything but where a card stood in its source file. */
function withoutSource(deck: CompiledDeck) {
  return { deck: deck.deck, cards: deck.cards.map(({ source: _source, ...card }) => card) };
}

describe('exportDeckMarkdown', () => {
  const fixtures = readdirSync(FIXTURES).filter((name) => name !== 'no-questions.md');

  it.each(fixtures)(
    'gives back the same cards and ids when %s is exported and re-imported',
    (name) => {
      const original = compileDeck(readFixture(name), name);
      const again = roundTrip(original);
      expect(withoutSource(again)).toEqual(withoutSource(original));
      expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    },
  );

  it('writes the prompt between the question and its answer, and compiles it back', () => {
    const original = compileDeck(readFixture('given-choices.md'), 'given-choices.md');
    const markdown = exportDeckMarkdown(original.deck, original.cards);
    expect(markdown).toContain(
      '## Which port does HTTPS use by default? {#which-port-does-https-use-by-default}\n\n- A: 80\n- B: 8080\n- C: 21\n- D: 443\n\n### Interview-Specific Answer\n\nD',
    );
    const again = compileDeck(markdown, 'given-choices.md');
    expect(again.cards.map((c) => [c.question, c.prompt, c.choices])).toEqual(
      original.cards.map((c) => [c.question, c.prompt, c.choices]),
    );
  });

  it('writes choices the prompt does not give as a checkbox list, and a plain prompt under "Prompt"', () => {
    const base = compileDeck('## Which port is HTTPS?\n\n### Answer\n\nThe usual one.\n', 'p.md');
    const card = base.cards[0];
    if (!card) throw new Error('no card');
    const choices = [
      { text: '80', correct: false },
      { text: '443', correct: true },
    ];
    const cards = [
      { ...card, choices },
      { ...card, id: 'p/context', question: 'Which port?', prompt: 'Think of TLS.' },
    ];
    const markdown = exportDeckMarkdown(base.deck, cards);
    expect(markdown).toContain('- [ ] 80\n- [x] 443');
    expect(markdown).toContain('### Prompt\n\nThink of TLS.');
    const again = compileDeck(markdown, 'p.md');
    expect(again.cards[0]?.choices).toEqual(choices);
    expect(again.cards[0]?.prompt).toBe('- [ ] 80\n- [x] 443');
    expect(again.cards[1]).toMatchObject({ prompt: 'Think of TLS.', sections: [] });
    expect(again.cards[1]).not.toHaveProperty('choices');
  });

  it('writes front matter that reads back exactly, whatever characters the deck names hold', () => {
    const deck = {
      id: 'tricky',
      title: '- "Quoted": #1 \'deck\' {x} & *y*',
      description: 'Line one\nline two: with a colon\t\\ and a backslash',
      tags: ['yes', 'null', 'no'],
    };
    const again = compileDeck(exportDeckMarkdown(deck, []), 'tricky.md');
    expect(again.deck).toMatchObject(deck);
  });

  it('writes the bank format: front matter, numbered questions with their ids, named sections', () => {
    const source = [
      '---',
      'deck: "HTTP: the basics"',
      'id: http',
      'tags: [web]',
      'description: Verbs and codes.',
      '---',
      '',
      '## Question 2: Difference between PUT vs PATCH',
      '',
      '### Concepts',
      '',
      'PUT replaces; PATCH modifies.',
      '',
      '### Interview Answer',
      '',
      'PUT is idempotent.',
    ].join('\n');
    const deck = compileDeck(source, 'http.md');
    expect(exportDeckMarkdown(deck.deck, deck.cards)).toBe(
      [
        '---',
        'deck: "HTTP: the basics"',
        'id: "http"',
        'tags: ["web"]',
        'description: "Verbs and codes."',
        '---',
        '',
        '# HTTP: the basics',
        '',
        '## Question 2: Difference between PUT vs PATCH {#difference-between-put-vs-patch}',
        '',
        '### Concepts',
        '',
        'PUT replaces; PATCH modifies.',
        '',
        '### Interview-Specific Answer',
        '',
        'PUT is idempotent.',
        '',
      ].join('\n'),
    );
  });

  it("keeps a CSV deck's per-card tags as category headings", () => {
    const csv =
      'question,answer,tags\nWhat is DNS?,Names to addresses.,network\nWhat is CSS?,Styles.,web\nWhat is UDP?,Datagrams.,network transport\n';
    const deck = parseHeaderCsv(csv, 'mixed.csv');
    expect(withoutSource(roundTrip(deck))).toEqual(withoutSource(deck));
  });

  it('round-trips generated decks with awkward questions, answers and sections', () => {
    // Headings inside a CSV answer cannot be told apart from the export's own (see layOutCard).
    const text = fc.stringMatching(
      /^[A-Za-z0-9,.?'()*_`:[\]{}-][A-Za-z0-9 ,.?'()*_`#:[\]{}-]{0,39}$/,
    );
    const body = fc.array(
      fc.oneof(text, fc.constant('```js\n# not a heading\n```'), fc.constant('- item')),
      {
        minLength: 1,
        maxLength: 3,
      },
    );
    const card = fc.record({
      question: text,
      answer: body,
      concepts: fc.option(body),
      tags: fc.array(fc.constantFrom('net', 'web', 'db'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(card, { minLength: 1, maxLength: 6 }), (cards) => {
        const rows = cards.map((c) =>
          [c.question, c.answer.join('\n\n'), c.tags.join(' '), c.concepts?.join('\n\n') ?? '']
            .map((cell) => `"${cell.replace(/"/g, '""')}"`)
            .join(','),
        );
        const deck = parseHeaderCsv(
          `question,answer,tags,Concepts\n${rows.join('\n')}\n`,
          'gen.csv',
        );
        if (deck.diagnostics.some((d) => d.severity === 'error')) return;
        expect(withoutSource(roundTrip(deck))).toEqual(withoutSource(deck));
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
