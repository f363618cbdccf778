import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledCard, StoredCard } from '../../../src/domain/card-types';
import { planDeckSync } from '../../../src/domain/deck-sync/plan-deck-sync';
import {
  buildDeck,
  buildEditedSpecs,
  DECK_ID,
  makeCard,
  ORIGINAL,
  toStoredCards,
} from './sample-bank';

const stored = () => toStoredCards(buildDeck(ORIGINAL));
const ids = (entries: { card: CompiledCard }[]) => entries.map((entry) => entry.card.id);

describe('planDeckSync on an edited copy of a bank', () => {
  const plan = planDeckSync(stored(), buildDeck(buildEditedSpecs()).cards);

  it('recognises a reworded question with the same answer as the same card', () => {
    expect(plan.renamed.map((e) => [e.previous.id, e.card.id])).toEqual([
      [
        `${DECK_ID}/what-happens-when-you-enter-a-url`,
        `${DECK_ID}/what-happens-when-you-type-a-url-and-press-enter`,
      ],
    ]);
  });

  it('treats a rewritten answer under the same id as an update', () => {
    expect(ids(plan.updated)).toEqual([`${DECK_ID}/put-vs-patch`]);
  });

  it('hides a deleted card and adds a new one', () => {
    expect(plan.removed.map((card) => card.id)).toEqual([
      `${DECK_ID}/process-vs-thread`,
      `${DECK_ID}/what-is-dns-caching`,
    ]);
    expect(ids(plan.added)).toEqual([
      `${DECK_ID}/what-is-a-deadlock`,
      `${DECK_ID}/what-is-http-keep-alive`,
    ]);
  });

  it('never pairs unrelated cards that share a boilerplate answer', () => {
    const renamedTo = plan.renamed.map((e) => e.card.id);
    expect(renamedTo).not.toContain(`${DECK_ID}/what-is-http-keep-alive`);
    expect(ids(plan.unchanged)).toEqual([
      `${DECK_ID}/what-is-a-closure`,
      `${DECK_ID}/how-does-a-database-index-work`,
      `${DECK_ID}/what-is-cors`,
      `${DECK_ID}/what-is-a-cdn`,
    ]);
  });

  it('counts every kind of change for the import summary', () => {
    expect(plan.counts).toEqual({
      added: 2,
      updated: 1,
      renamed: 1,
      unchanged: 4,
      removed: 2,
      restored: 0,
    });
  });

  it('gives each incoming card its position in the new file', () => {
    const deadlock = plan.added.find((e) => e.card.id.endsWith('deadlock'));
    expect(deadlock?.position).toBe(6);
  });
});

describe('planDeckSync edge cases', () => {
  it('takes a hash it is given instead of hashing that card again', () => {
    const cards = buildDeck(ORIGINAL).cards;
    const [first, second] = cards;
    if (!first || !second) throw new Error('bank too small');
    const computed = planDeckSync([], cards);
    const given = planDeckSync([], cards, { [first.id]: 'given-by-the-build' });
    expect(given.added[0]?.contentHash).toBe('given-by-the-build');
    expect(given.added[1]?.contentHash).toBe(computed.added[1]?.contentHash);
    expect(given.counts).toEqual(computed.counts);
  });

  it('still recognises a rewording when the answer was lightly edited too', () => {
    const [first] = stored();
    if (!first) throw new Error('empty bank');
    const reworded = makeCard({
      slug: 'put-and-patch-compared',
      question: 'Compare PUT and PATCH',
      answer: first.answer.replace('is not guaranteed', 'is never guaranteed'),
    });
    const plan = planDeckSync([first], [reworded]);
    expect(plan.renamed).toHaveLength(1);
    expect(plan.renamed[0]?.previous.id).toBe(first.id);
  });

  it('does not pair a short answer that says too little to identify a card', () => {
    const [first] = stored();
    if (!first) throw new Error('empty bank');
    const old: StoredCard = { ...first, answer: 'Yes, always.' };
    const plan = planDeckSync(
      [old],
      [makeCard({ slug: 'x', question: 'Is it?', answer: 'Yes, always.' })],
    );
    expect(plan.counts).toMatchObject({ renamed: 0, added: 1, removed: 1 });
  });

  it('brings a removed card back as restored, keeping its id', () => {
    const cards = stored().map(
      (card, i): StoredCard => (i === 4 ? { ...card, status: 'removed' } : card),
    );
    const plan = planDeckSync(cards, buildDeck(ORIGINAL).cards);
    expect(plan.restored.map((e) => e.card.id)).toEqual([`${DECK_ID}/process-vs-thread`]);
    expect(plan.counts.restored).toBe(1);
  });

  it('does not count a card hidden earlier and still absent as removed again', () => {
    const cards = stored().map(
      (card, i): StoredCard => (i === 4 ? { ...card, status: 'removed' } : card),
    );
    const plan = planDeckSync(cards, buildDeck(ORIGINAL.filter((_, i) => i !== 4)).cards);
    expect(plan.counts.removed).toBe(0);
    expect(plan.removed).toEqual([]);
  });

  it('can match a reworded card to one hidden by an earlier sync', () => {
    const cards = stored().map(
      (card, i): StoredCard => (i === 2 ? { ...card, status: 'removed' } : card),
    );
    const specs = ORIGINAL.map((spec, i) =>
      i === 2 ? { ...spec, slug: 'explain-closures', question: 'Explain closures' } : spec,
    );
    const plan = planDeckSync(cards, buildDeck(specs).cards);
    expect(plan.renamed.map((e) => e.previous.id)).toEqual([`${DECK_ID}/what-is-a-closure`]);
  });

  it('keeps only the first of two incoming cards with one id', () => {
    const deck = buildDeck(ORIGINAL);
    const [first] = deck.cards;
    if (!first) throw new Error('empty bank');
    const plan = planDeckSync([], [first, { ...first, answer: 'a different body' }]);
    expect(plan.added).toHaveLength(1);
    expect(plan.added[0]?.card.answer).toBe(first.answer);
  });
});

describe('planDeckSync invariants', () => {
  const bank = buildDeck([...ORIGINAL, ...buildEditedSpecs()]).cards;
  const unique = [...new Map(bank.map((card) => [card.id, card])).values()];

  it('accounts for every card exactly once, whatever the edit, and is deterministic', () => {
    const subset = fc.subarray(unique, { minLength: 0 });
    fc.assert(
      fc.property(subset, subset, fc.integer({ min: 0, max: 1000 }), (before, after, seed) => {
        const existing = toStoredCards({
          deck: buildDeck([]).deck,
          cards: before,
          diagnostics: [],
        });
        const plan = planDeckSync(existing, after);
        const planned = [
          ...plan.added,
          ...plan.updated,
          ...plan.renamed,
          ...plan.unchanged,
          ...plan.restored,
        ];
        expect(planned.map((e) => e.card.id).sort()).toEqual(after.map((c) => c.id).sort());

        const kept = new Set(
          [...plan.updated, ...plan.renamed, ...plan.unchanged].map((e) => e.previous.id),
        );
        expect(kept.size + plan.removed.length).toBe(existing.length);
        for (const card of plan.removed) expect(kept.has(card.id)).toBe(false);

        const shuffled = [...existing].sort(
          (a, b) => ((a.position * 7919 + seed) % 13) - ((b.position * 7919 + seed) % 13),
        );
        expect(planDeckSync(shuffled, after).counts).toEqual(plan.counts);
      }),
      { seed: 42, numRuns: 150 },
    );
  });
});
