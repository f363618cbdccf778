import { describe, expect, it } from 'vitest';
import type { CompiledCard } from '../../../src/domain/card-types';
import { isGenericVerb } from '../../../src/domain/quiz/generic-verbs';
import { extractKeyTerms, MAX_KEY_TERMS } from '../../../src/domain/quiz/key-terms';
import { STOP_WORDS } from '../../../src/domain/quiz/stop-words';
import { measureTermRarity } from '../../../src/domain/quiz/term-rarity';
import { compileBuiltInBank } from './built-in-bank';

const bank = compileBuiltInBank();
const rarity = measureTermRarity(bank.cards);
const extractInDeck = (card: CompiledCard) => extractKeyTerms(card, rarity);

function labelsOf(question: string): string[] {
  const card = bank.cards.find((c) => c.question.startsWith(question));
  if (!card) throw new Error(`no card "${question}"`);
  return extractInDeck(card).map((term) => term.label);
}

function labelsOfNumber(number: number): string[] {
  const card = bank.cards.find((c) => c.number === number);
  if (!card) throw new Error(`no question ${number}`);
  return extractInDeck(card).map((term) => term.label);
}

describe('extractKeyTerms on the built-in bank', () => {
  it('compiles the twenty cards it is tested on', () => {
    expect(bank.cards).toHaveLength(20);
  });

  it.each(bank.cards.map((card) => [card.number, card] as const))(
    'card %i yields 3 to 12 terms, without stop words or duplicates',
    (_number, card) => {
      const terms = extractInDeck(card);
      expect(terms.length).toBeGreaterThanOrEqual(3);
      expect(terms.length).toBeLessThanOrEqual(Math.min(12, MAX_KEY_TERMS));
      for (const term of terms) {
        expect(STOP_WORDS.has(term.label.toLowerCase())).toBe(false);
        expect(term.stems.filter((stem) => STOP_WORDS.has(stem))).toEqual([]);
        expect(term.stems.length).toBeGreaterThan(0);
      }
      const keys = terms.map((term) => [...term.stems].sort().join(' '));
      expect(new Set(keys).size).toBe(keys.length);
      const labels = terms.map((term) => term.label.toLowerCase());
      expect(new Set(labels).size).toBe(labels.length);
    },
  );

  it('takes terms from both places: bold Concepts bullets and the interview answer', () => {
    const terms = bank.cards.flatMap(extractInDeck);
    expect(terms.filter((term) => term.source === 'concept').length).toBeGreaterThan(20);
    expect(terms.filter((term) => term.source === 'answer').length).toBeGreaterThan(20);
  });

  it('finds the concepts a reader would name for the URL question, and its answer words', () => {
    const labels = labelsOf('What happens internally when you hit a URL');
    expect(labels).toEqual(expect.arrayContaining(['TCP Connection', 'DNS Resolution']));
    // A bold label that introduces a list is not a term.
    expect(labels).not.toContain('Step-by-step flow:');
    expect(labels).not.toContain('Step-by-step flow');
  });

  it('keeps HTTP method names even where the word is common English', () => {
    expect(labelsOf('What are HTTP methods')).toEqual(
      expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    );
  });

  it('pins the terms of questions 1, 4 and 7: noun phrases and names, never generic verbs', () => {
    expect(labelsOfNumber(1)).toEqual([
      'URL Parsing',
      'Browser Rendering',
      'HTTP Response',
      'server IP',
      'TCP Connection',
      'Server Processing',
      'DNS Resolution',
      'TLS Handshake',
    ]);
    expect(labelsOfNumber(4)).toEqual([
      'Simplicity',
      'Reliability',
      'server instance',
      'client context',
      'Scalability',
      'stateless',
      'HTTP',
      'Performance',
    ]);
    expect(labelsOfNumber(7)).toEqual([
      'PATCH',
      'entire resource',
      'PUT',
      'partial updates',
      'complete object',
      'fields',
      'existing data',
      'overwriting',
    ]);
  });

  it('never offers a generic verb or filler as a term, on any card', () => {
    for (const card of bank.cards) {
      const words = extractInDeck(card).flatMap((term) => term.label.split(/\s+/));
      expect(words.filter(isGenericVerb), card.question).toEqual([]);
      expect(
        words.filter((word) => STOP_WORDS.has(word.toLowerCase())),
        card.question,
      ).toEqual([]);
    }
    expect(labelsOfNumber(1)).not.toEqual(expect.arrayContaining(['sends']));
    expect(labelsOfNumber(1)).not.toEqual(expect.arrayContaining(['entered']));
  });

  it('weighs a term by its rarity in the deck: a word every answer says counts least', () => {
    const card = bank.cards.find((c) => c.number === 4);
    if (!card) throw new Error('no question 4');
    const byLabel = new Map(extractInDeck(card).map((term) => [term.label, term.weight ?? 0]));
    expect(byLabel.get('HTTP')).toBeLessThan(byLabel.get('client context') ?? 0);
  });

  it('is deterministic: the same card gives the same terms, in the same order', () => {
    const first = bank.cards.map(extractInDeck);
    const second = compileBuiltInBank().cards.map(extractInDeck);
    expect(second).toEqual(first);
  });
});

describe('extractKeyTerms on other cards', () => {
  it('falls back on the question for a bare card', () => {
    const terms = extractKeyTerms({
      question: 'What is a mutex?',
      answer: 'A lock.',
      sections: [],
    });
    expect(terms.map((term) => term.label)).toEqual(['lock', 'mutex']);
  });

  it('reads bold terms only from bullets of a Concepts section, leaving out sentences', () => {
    const terms = extractKeyTerms({
      question: 'What is caching?',
      answer: 'Caching keeps copies of data close to where it is read.',
      sections: [
        {
          title: 'Concepts',
          markdown:
            'A **paragraph term** is not a bullet.\n\n- **Cache invalidation** is hard.\n- **the reason it is much harder than it looks**\n1. **TTL (time to live)**',
        },
        { title: 'Notes', markdown: '- **Unrelated** bold in another section' },
      ],
    });
    const concepts = terms.filter((term) => term.source === 'concept').map((t) => t.label);
    expect(concepts).toEqual(['Cache invalidation', 'TTL']);
  });
});
