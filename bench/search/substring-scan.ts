// The baseline: what searching costs without an index, a case-insensitive substring test of
// every word against every card's whole text (as the cram setup's search box does).
import type { SearchableCard } from '../../src/domain/browse/browse-types';

export function toScanTexts(cards: readonly SearchableCard[]): string[] {
  return cards.map((card) =>
    [card.question, card.answer, ...card.sections.map((s) => s.markdown), ...card.tags]
      .join('\n')
      .toLowerCase(),
  );
}

/** Indexes of the cards containing every word of the text. */
export function scanCards(texts: readonly string[], text: string): number[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const found: number[] = [];
  texts.forEach((body, i) => {
    if (words.every((word) => body.includes(word))) found.push(i);
  });
  return found;
}
