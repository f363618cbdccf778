import type { CompiledCard } from '../card-types';
import { findConceptTerms } from './concept-terms';
import { toCanonicalStem } from './equivalents';
import { isAllCaps } from './generic-verbs';
import { findKeyPhrases, type KeyPhrase } from './key-phrases';
import type { KeyTerm } from './key-term-types';
import { toContentStems } from './stem';
import { measureTermRarity, type TermRarity, weighStem } from './term-rarity';

export type KeyTermSource = Pick<CompiledCard, 'question' | 'answer' | 'sections'>;

/** Enough terms to judge an answer, few enough to read at a glance. */
export const MAX_KEY_TERMS = 8;
const minKeyTerms = 3;
/**
 * Concept terms the interview answer does not say are depth beyond it. Two at most: an answer
 * that says all the interview answer says still earns Good, and naming them makes it complete.
 */
const maxDepthTerms = 2;
// A concept in bold is the bank author's own pick of what matters.
const conceptBoost = 1.5;
// Depth beyond the interview answer is a bonus: saying the answer's own terms is what counts.
const depthWeight = 0.5;
// A named technology or protocol ("DNS", "PATCH") is what an interviewer listens for first.
const nameBoost = 1.3;

type Candidate = KeyTerm & { weight: number; score: number };

/**
 * A card's key terms: the noun phrases and named technologies of its interview answer and the
 * bold terms of its Concepts bullets, the rarest in the deck (`rarity`, over the deck's
 * answers; the card alone when absent) and most repeated in the card first. Never two that
 * say the same stems. Deterministic: the same card always gives the same terms in order.
 */
export function extractKeyTerms(card: KeyTermSource, rarity?: TermRarity): KeyTerm[] {
  const deck = rarity ?? measureTermRarity([card]);
  const counts = countStems(card);
  const answerStems = new Set(toContentStems(card.answer).map(toCanonicalStem));
  const concepts = findConceptTerms(card.sections).map((term) => ({
    ...term,
    stems: term.stems.map(toCanonicalStem),
  }));
  const said = concepts.filter((term) => term.stems.every((stem) => answerStems.has(stem)));
  const depth = concepts
    .filter((term) => !term.stems.every((stem) => answerStems.has(stem)))
    .map((term) => ({ term, overlap: countShared(term.stems, answerStems) / term.stems.length }))
    .sort((a, b) => b.overlap - a.overlap)
    .slice(0, maxDepthTerms)
    .map(({ term }) => term);
  const candidates = [
    ...said.map((term) => score(term, deck, counts, conceptBoost)),
    ...findKeyPhrases(card.answer).map((phrase) => score(toAnswerTerm(phrase), deck, counts, 1)),
  ];
  const chosen = pickDistinct(rank(candidates), MAX_KEY_TERMS - depth.length);
  const withDepth = [
    ...chosen,
    ...pickDistinct(
      depth.map((term) => score(term, deck, counts, 1)),
      maxDepthTerms,
      chosen,
    ).map((term) => ({ ...term, weight: term.weight * depthWeight })),
  ];
  if (withDepth.length >= minKeyTerms) return withDepth.map(toKeyTerm);
  // A bare card (no concepts, a one-line answer): the question names the topic too.
  const fromQuestion = findKeyPhrases(card.question).map((phrase) =>
    score(toAnswerTerm(phrase), deck, counts, 1),
  );
  return [...withDepth, ...pickDistinct(rank(fromQuestion), minKeyTerms, withDepth)]
    .slice(0, minKeyTerms)
    .map(toKeyTerm);
}

function toAnswerTerm(phrase: KeyPhrase): KeyTerm {
  return { label: phrase.label, stems: phrase.stems, source: 'answer' };
}

function score(
  term: KeyTerm,
  rarity: TermRarity,
  counts: ReadonlyMap<string, number>,
  boost: number,
): Candidate {
  const weight = Math.max(0, ...term.stems.map((stem) => weighStem(rarity, stem)));
  const repeats = Math.max(0, ...term.stems.map((stem) => counts.get(stem) ?? 0));
  const named = term.label.split(/\s+/).some(isAllCaps) ? nameBoost : 1;
  return { ...term, weight, score: weight * (1 + Math.log1p(repeats)) * boost * named };
}

/** Highest score first; a stable sort keeps reading order among equals. */
function rank(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => b.score - a.score);
}

/** Up to `limit` candidates, each adding a stem the ones before did not already say. */
function pickDistinct(
  candidates: readonly Candidate[],
  limit: number,
  before: readonly Candidate[] = [],
): Candidate[] {
  const said = new Set(before.flatMap((term) => term.stems));
  const labels = new Set(before.map((term) => term.label.toLowerCase()));
  const picked: Candidate[] = [];
  for (const candidate of candidates) {
    if (picked.length >= limit) break;
    if (candidate.stems.length === 0 || candidate.stems.every((stem) => said.has(stem))) continue;
    if (labels.has(candidate.label.toLowerCase())) continue;
    picked.push(candidate);
    labels.add(candidate.label.toLowerCase());
    for (const stem of candidate.stems) said.add(stem);
  }
  return picked;
}

function toKeyTerm({ label, stems, source, weight }: Candidate): KeyTerm {
  return { label, stems, source, weight };
}

function countShared(stems: readonly string[], set: ReadonlySet<string>): number {
  return stems.filter((stem) => set.has(stem)).length;
}

/** How often each stem occurs in the whole card: the words a card keeps coming back to. */
function countStems(card: KeyTermSource): Map<string, number> {
  const prose = [card.question, card.answer, ...card.sections.map((s) => withoutCode(s.markdown))];
  const counts = new Map<string, number>();
  for (const stem of prose.flatMap(toContentStems).map(toCanonicalStem)) {
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  return counts;
}

function withoutCode(markdown: string): string {
  return markdown.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, ' ');
}
