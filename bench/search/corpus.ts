// Generated cards of realistic size and wording for the search bench: words are drawn with
// Zipf's law from the built-in bank's own vocabulary (most frequent first), followed by a long
// tail of made-up technical terms, so a large collection has a large vocabulary as real ones do.
import { readFileSync } from 'node:fs';
import type { DeckTitle } from '../../src/domain/browse/browse-catalog';
import type { SearchableCard } from '../../src/domain/browse/browse-types';
import { tokenizeSearchText, toSearchTerm } from '../../src/domain/browse/search-terms';
import type { CardSection } from '../../src/domain/card-types';
import { compileDeck } from '../../src/domain/compiler/compile-deck';
import { pickFrom, type Random } from '../browser/random';

export type Corpus = { decks: DeckTitle[]; cards: SearchableCard[]; vocabulary: Vocabulary };

export type Vocabulary = {
  /** Words by rank, most frequent first (before each deck's topic shift). */
  words: string[];
  tags: string[];
  /** A word as written in a card of the given deck. */
  draw: (random: Random, deck: number) => string;
};

const deckCount = 20;
const tailSize = 60_000;
const topicShift = 97;
const syllables = `ka lo mi ter pro sync da ser ver ca net ab ex tion ing al re con mat ix qu zo fy
ph tra li ne op sta shar dis vec tor pay mem bus ru fa gi no wel cro`.split(/\s+/);
const consonants = 'bcdfghjklmnprstvwxz';
const vowels = 'aeiouy';

/** The built-in bank's words by frequency, then the made-up tail, Zipf-weighted. */
export function buildVocabulary(random: Random): Vocabulary {
  const bankUrl = new URL('../../cards/backend-fundamentals.md', import.meta.url);
  const deck = compileDeck(readFileSync(bankUrl, 'utf8'), 'backend-fundamentals.md');
  const counts = new Map<string, number>();
  for (const card of deck.cards) {
    const text = [card.question, card.answer, ...card.sections.map((s) => s.markdown)].join(' ');
    for (const word of tokenizeSearchText(text)) {
      if (/^[A-Za-z][A-Za-z0-9]*$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  const seen = new Set(words.map((word) => word.toLowerCase()));
  while (words.length < counts.size + tailSize) {
    // A consonant-vowel-consonant start spreads words over thousands of prefixes, as real
    // vocabularies are; the syllables after it make them look like technical terms.
    const start = [consonants, vowels, consonants].map((letters) => pickFrom(random, [...letters]));
    const parts = 1 + Math.floor(random() * 2);
    const word =
      start.join('') + Array.from({ length: parts }, () => pickFrom(random, syllables)).join('');
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach((_, rank) => {
    total += 1 / (rank + 1);
    cumulative[rank] = total;
  });
  const topical = words
    .slice(150, 300)
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= 4 && toSearchTerm(word) !== null)
    .slice(0, 60);
  const tags = [...new Set([...deck.cards.flatMap((card) => card.tags), ...topical])];
  // Each deck has its own topic: common English words keep their rank everywhere, while the
  // technical words are rotated per deck, so a deck's most frequent terms are rare in others.
  const technical = words.filter((word) => toSearchTerm(word) !== null);
  const technicalIndex = new Map(technical.map((word, i) => [word, i]));
  const draw = (r: Random, deck: number) => {
    const word = words[findRank(cumulative, r() * total)] ?? 'word';
    const index = technicalIndex.get(word);
    if (index === undefined) return word;
    return technical[(index + deck * topicShift) % technical.length] ?? word;
  };
  return { words, tags, draw };
}

function findRank(cumulative: Float64Array, target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cumulative[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

function writeSentences(
  vocabulary: Vocabulary,
  random: Random,
  deck: number,
  length: number,
): string {
  const sentences: string[] = [];
  let size = 0;
  while (size < length) {
    const words = Array.from({ length: 6 + Math.floor(random() * 10) }, () =>
      vocabulary.draw(random, deck),
    );
    const sentence = `${words.join(' ')}.`;
    sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
    size += sentence.length + 1;
  }
  return sentences.join(' ');
}

function writeCode(vocabulary: Vocabulary, random: Random, deck: number, length: number): string {
  const lines: string[] = [];
  let size = 0;
  while (size < length) {
    const [a, b, c, d] = [0, 1, 2, 3].map(() => vocabulary.draw(random, deck).toLowerCase());
    const line = `const ${a} = await ${b}.${c}(${d});`;
    lines.push(line);
    size += line.length + 1;
  }
  return `\`\`\`js\n${lines.join('\n')}\n\`\`\``;
}

function writeSections(vocabulary: Vocabulary, random: Random, deck: number): CardSection[] {
  const bullets = Array.from(
    { length: 4 },
    () =>
      `- **${vocabulary.draw(random, deck)}**: ${writeSentences(vocabulary, random, deck, 120)}`,
  );
  return [
    { title: 'Concepts', markdown: bullets.join('\n') },
    { title: 'Example Code Snippets', markdown: writeCode(vocabulary, random, deck, 480) },
    { title: 'Follow-up', markdown: writeSentences(vocabulary, random, deck, 300) },
  ];
}

function writeQuestion(vocabulary: Vocabulary, random: Random, deck: number): string {
  const [a, b, c, d] = [0, 1, 2, 3].map(() => vocabulary.draw(random, deck));
  const forms = [
    `What is the difference between ${a} and ${b} when ${c} handles ${d}?`,
    `How does ${a} ${b} affect ${c} in a ${d} system under load?`,
    `Why would you choose ${a} over ${b} for ${c} ${d} in production?`,
  ];
  return pickFrom(random, forms);
}

/** The words every generated question is built around, whatever its topic. */
export const questionFrame = new Set(
  'what is the difference between and when handles how does affect in a system under load why would you choose over for production'.split(
    ' ',
  ),
);

export function generateCorpus(count: number, random: Random): Corpus {
  const vocabulary = buildVocabulary(random);
  const decks = Array.from({ length: deckCount }, (_, i) => ({
    id: `deck-${String(i).padStart(2, '0')}`,
    title: `Deck ${i + 1}`,
  }));
  const cards = Array.from({ length: count }, (_, i): SearchableCard => {
    const topic = i % deckCount;
    const deck = decks[topic] ?? { id: 'deck-00', title: 'Deck 1' };
    return {
      id: `${deck.id}/card-${i}`,
      deckId: deck.id,
      number: Math.floor(i / deckCount) + 1,
      question: writeQuestion(vocabulary, random, topic),
      answer: writeSentences(vocabulary, random, topic, 600),
      sections: writeSections(vocabulary, random, topic),
      tags: [0, 1, 2].map(() => pickFrom(random, vocabulary.tags)),
      position: Math.floor(i / deckCount),
    };
  });
  return { decks, cards, vocabulary };
}
