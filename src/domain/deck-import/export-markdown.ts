import { stringify } from 'yaml';
import type { CompiledCard } from '../card-types';
import { type CardLayout, isAnswerLikeTitle, isTitleSafe, layOutCard } from './export-levels';

export type ExportableDeck = { id: string; title: string; description: string; tags: string[] };

const ANSWER_TITLE = 'Interview-Specific Answer';

/**
 * A deck in the bank format (docs/architecture.md, "Question bank format"), so that nothing
 * is locked in: compiling the result gives back the same cards with the same ids. Every
 * question carries its id as `{#id}`, which keeps ids stable whatever the question's wording.
 */
export function exportDeckMarkdown(deck: ExportableDeck, cards: readonly CompiledCard[]): string {
  const layouts = cards.map((card) => layOutCard(card, deck.tags));
  const hasTitle = isTitleSafe(deck.title) && layouts.every((layout) => layout.questionLevel > 1);
  const blocks = [writeFrontMatter(deck)];
  if (hasTitle) blocks.push(`# ${deck.title.trim()}`);
  let open: string[] = [];
  cards.forEach((card, i) => {
    const layout = layouts[i] ?? { questionLevel: 2, categories: [], isAnswerBody: false };
    const shared = countShared(open, layout.categories);
    layout.categories.slice(shared).forEach((tag, k) => {
      blocks.push(`${'#'.repeat(2 + shared + k)} ${tag}`);
    });
    open = layout.categories;
    blocks.push(...writeCard(card, deck.id, layout));
  });
  return `${blocks.join('\n\n')}\n`;
}

function writeFrontMatter(deck: ExportableDeck): string {
  const meta: Record<string, unknown> = { deck: deck.title, id: deck.id };
  if (deck.tags.length > 0) meta.tags = deck.tags;
  if (deck.description.trim() !== '') meta.description = deck.description;
  return `---\n${stringify(meta, { lineWidth: 0 }).trimEnd()}\n---`;
}

function writeCard(card: CompiledCard, deckId: string, layout: CardLayout): string[] {
  const slug = card.id.startsWith(`${deckId}/`) ? card.id.slice(deckId.length + 1) : card.id;
  const number = card.number === null ? '' : `Question ${card.number}: `;
  const level = layout.questionLevel;
  const heading = `${'#'.repeat(level)} ${number}${card.question} {#${slug}}`;
  if (layout.isAnswerBody) return [heading, card.answer];
  const sub = '#'.repeat(level + 1);
  const answer = [`${sub} ${ANSWER_TITLE}`, ...nonEmpty(card.answer)];
  const sections = card.sections.flatMap((s) => [`${sub} ${s.title}`, ...nonEmpty(s.markdown)]);
  // A section titled like an answer, before the answer, would be taken for it.
  const isAnswerFirst = card.sections.some((section) => isAnswerLikeTitle(section.title));
  return [heading, ...(isAnswerFirst ? [...answer, ...sections] : [...sections, ...answer])];
}

function nonEmpty(markdown: string): string[] {
  return markdown === '' ? [] : [markdown];
}

function countShared(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}
