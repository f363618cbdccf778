import type { CompiledCard } from '../../../../src/domain/card-types';
import type { KeyTerm } from '../../../../src/domain/quiz/key-term-types';
import { findConceptTerms } from './concept-terms';
import { findWords, toContentStems, toWordStems } from './stem';

export type KeyTermSource = Pick<CompiledCard, 'question' | 'answer' | 'sections'>;

/** Enough terms to judge an answer, few enough to read at a glance. */
export const MAX_KEY_TERMS = 10;
const maxConceptTerms = 5;
/**
 * Concept terms the interview answer does not fully say are depth beyond it. Two at most: an
 * answer that says all the interview answer says then covers 80% (Good), and naming one of
 * them too makes it complete (Easy).
 */
const maxDepthTerms = 2;

/**
 * A card's key terms: the bold terms of its Concepts bullets (those the interview answer says
 * first), then the answer's most salient words, never two with the same stems.
 * Deterministic: the same card always gives the same terms in the same order.
 */
export function extractKeyTerms(card: KeyTermSource): KeyTerm[] {
  const answerStems = new Set(toContentStems(card.answer));
  const concepts = pickConceptTerms(card, answerStems);
  // Words of concepts the answer says in full are already terms; a depth term ("DNS
  // Resolution" where the answer only says "DNS") leaves its words free to count alone.
  const said = concepts.filter((term) => term.stems.every((stem) => answerStems.has(stem)));
  const taken = new Set(said.flatMap((term) => term.stems));
  const weights = countStems(card);
  const fromAnswer = rankWords(card.answer, weights, taken);
  const terms = [...concepts, ...fromAnswer].slice(0, MAX_KEY_TERMS);
  if (terms.length >= 3) return terms;
  // A bare card (no concepts, a one-line answer): the question names the topic too.
  const used = new Set(terms.flatMap((term) => term.stems));
  return [...terms, ...rankWords(card.question, weights, used)].slice(0, 3);
}

function pickConceptTerms(card: KeyTermSource, answerStems: ReadonlySet<string>): KeyTerm[] {
  const unique = uniqueByStems(findConceptTerms(card.sections));
  const overlap = (term: KeyTerm) =>
    term.stems.filter((stem) => answerStems.has(stem)).length / term.stems.length;
  const said = unique.filter((term) => overlap(term) === 1);
  // Stable sort: among depth terms, those the answer half says come first, in reading order.
  const depth = unique
    .filter((term) => overlap(term) < 1)
    .sort((a, b) => overlap(b) - overlap(a))
    .slice(0, maxDepthTerms);
  return [...said, ...depth].slice(0, maxConceptTerms);
}

function uniqueByStems(terms: readonly KeyTerm[]): KeyTerm[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = [...term.stems].sort().join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How often each stem occurs in the whole card: the words a card keeps coming back to. */
function countStems(card: KeyTermSource): Map<string, number> {
  const prose = [card.question, card.answer, ...card.sections.map((s) => withoutCode(s.markdown))];
  const counts = new Map<string, number>();
  for (const stem of prose.flatMap(toContentStems)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return counts;
}

function withoutCode(markdown: string): string {
  return markdown.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, ' ');
}

/** Content words of a text, most frequent in the card first, then in reading order. */
function rankWords(
  text: string,
  weights: ReadonlyMap<string, number>,
  taken: ReadonlySet<string>,
): KeyTerm[] {
  const firstSeen = new Map<string, { label: string; stems: string[]; weight: number }>();
  for (const word of findWords(text)) {
    const stems = toWordStems(word);
    const key = stems.join(' ');
    if (stems.length === 0 || firstSeen.has(key)) continue;
    const weight = Math.max(...stems.map((stem) => weights.get(stem) ?? 0));
    firstSeen.set(key, { label: word, stems, weight });
  }
  // A stable sort keeps reading order among words of equal weight.
  const ranked = [...firstSeen.values()].sort((a, b) => b.weight - a.weight);
  // "backend" and "backend-side" would be the same point twice: the first one ranked stays.
  const used = new Set(taken);
  return ranked.flatMap(({ label, stems }) => {
    if (stems.some((stem) => used.has(stem))) return [];
    for (const stem of stems) used.add(stem);
    return [{ label, stems, source: 'answer' as const }];
  });
}
