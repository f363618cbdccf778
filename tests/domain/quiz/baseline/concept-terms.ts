import type { CardSection } from '../../../../src/domain/card-types';
import type { KeyTerm } from '../../../../src/domain/quiz/key-term-types';
import { findWords, isContentWord, stemWord } from './stem';

const bulletLine = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;
const boldSpan = /\*\*([^*\n]+?)\*\*|__([^_\n]+?)__/g;
// Longer bold runs are sentences that happen to be bold, not terms.
const maxPhraseWords = 3;

/**
 * The bold terms of the Concepts bullets ("- **Endpoint**", "1. **DNS Resolution**"), in
 * order. Bold labels that end with a colon ("**Key idea:**") introduce a list rather than
 * name a concept, and are left out, as are long phrases and phrases with function words.
 */
export function findConceptTerms(sections: readonly CardSection[]): KeyTerm[] {
  return sections
    .filter((section) => /concept/i.test(section.title))
    .flatMap((section) => section.markdown.split('\n'))
    .flatMap((line) => {
      const bullet = bulletLine.exec(line)?.[1];
      return bullet === undefined ? [] : [...bullet.matchAll(boldSpan)];
    })
    .flatMap((match) => {
      const term = toConceptTerm(match[1] ?? match[2] ?? '');
      return term === null ? [] : [term];
    });
}

function toConceptTerm(bold: string): KeyTerm | null {
  const text = bold.trim();
  if (text.endsWith(':')) return null;
  const label = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = findWords(label).flatMap((word) => word.split('-'));
  const isTermLike =
    parts.length > 0 &&
    parts.length <= maxPhraseWords &&
    !/[=+]/.test(label) &&
    parts.some(isContentWord) &&
    parts.every((part) => /^\d/.test(part) || isContentWord(part));
  if (!isTermLike) return null;
  return { label, stems: parts.map(stemWord), source: 'concept' };
}
