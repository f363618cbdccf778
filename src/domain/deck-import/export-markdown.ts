import type { CardChoice, CompiledCard } from '../card-types';
import { isPromptMaterial } from '../compiler/card-prompt';
import { readGivenChoices } from '../compiler/given-choices';
import { type CardLayout, isAnswerLikeTitle, isTitleSafe, layOutCard } from './export-levels';

export type ExportableDeck = { id: string; title: string; description: string; tags: string[] };

const ANSWER_TITLE = 'Interview-Specific Answer';
const PROMPT_TITLE = 'Prompt';

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

/**
 * YAML 1.2 reads every JSON value, so each field is written as JSON: quoting and escapes are
 * then exact without a YAML library in the page (it would weigh on the precache).
 */
function writeFrontMatter(deck: ExportableDeck): string {
  const meta: [string, unknown][] = [
    ['deck', deck.title],
    ['id', deck.id],
  ];
  if (deck.tags.length > 0) meta.push(['tags', deck.tags]);
  if (deck.description.trim() !== '') meta.push(['description', deck.description]);
  const lines = meta.map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---`;
}

function writeCard(card: CompiledCard, deckId: string, layout: CardLayout): string[] {
  const slug = card.id.startsWith(`${deckId}/`) ? card.id.slice(deckId.length + 1) : card.id;
  const number = card.number === null ? '' : `Question ${card.number}: `;
  const level = layout.questionLevel;
  const heading = `${'#'.repeat(level)} ${number}${card.question} {#${slug}}`;
  const sub = '#'.repeat(level + 1);
  const prompt = writePrompt(card);
  // The compiler reads material right under the question as its prompt only when the question
  // needs it (code, options); a `Prompt` sub-heading says so whatever the material.
  const isPlainPrompt = !layout.isAnswerBody && isPromptMaterial(prompt, card.question);
  const named = prompt === '' || isPlainPrompt ? [] : [`${sub} ${PROMPT_TITLE}`, prompt];
  if (layout.isAnswerBody) return [heading, card.answer, ...named];
  const answer = [`${sub} ${ANSWER_TITLE}`, ...nonEmpty(card.answer)];
  const sections = card.sections.flatMap((s) => [`${sub} ${s.title}`, ...nonEmpty(s.markdown)]);
  // A section titled like an answer, before the answer, would be taken for it.
  const isAnswerFirst = card.sections.some((section) => isAnswerLikeTitle(section.title));
  const body = isAnswerFirst ? [...answer, ...sections] : [...sections, ...answer];
  return [heading, ...(isPlainPrompt ? [prompt] : named), ...body];
}

/**
 * The prompt, and the choices as a `- [x]` / `- [ ]` list when the prompt and answer do not
 * already give them back (a bank's own `- A:` options with `Answer: D` do).
 */
function writePrompt(card: CompiledCard): string {
  const prompt = card.prompt ?? '';
  const choices = card.choices ?? [];
  if (choices.length === 0 || isSameChoices(readGivenChoices(prompt, card.answer), choices)) {
    return prompt;
  }
  const list = choices.map((choice) => `- [${choice.correct ? 'x' : ' '}] ${choice.text}`);
  return [prompt, list.join('\n')].filter((part) => part !== '').join('\n\n');
}

function isSameChoices(a: readonly CardChoice[] | undefined, b: readonly CardChoice[]): boolean {
  return (
    a !== undefined &&
    a.length === b.length &&
    a.every((choice, i) => choice.text === b[i]?.text && choice.correct === b[i]?.correct)
  );
}

function nonEmpty(markdown: string): string[] {
  return markdown === '' ? [] : [markdown];
}

function countShared(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}
