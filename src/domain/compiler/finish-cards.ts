import type { CardSection, CompiledCard } from '../card-types';
import { boundCardBody } from './bound-card';
import type { CardDraft, DraftSection } from './card-draft';
import { assignCardIds } from './card-ids';
import { type DiagnosticSink, fail, warn } from './diagnostics';
import { parseQuestionText, type QuestionText } from './question-text';
import { toMarkdown } from './section-markdown';
import { slugify } from './slugify';

type Prepared = {
  draft: CardDraft;
  parsed: QuestionText;
  number: number | null;
  answer: string;
  sections: CardSection[];
  tags: string[];
};

export type DeckContext = { id: string; tags: readonly string[]; file: string };

export function finishCards(
  drafts: readonly CardDraft[],
  deck: DeckContext,
  sink: DiagnosticSink,
): CompiledCard[] {
  const prepared = drafts.flatMap((draft) => prepareCard(draft, deck, sink) ?? []);
  const ids = assignCardIds(
    prepared.map((card) => ({
      line: card.draft.line,
      column: card.draft.column,
      question: card.parsed.text,
      explicitId: card.parsed.explicitId,
    })),
    deck.id,
    sink,
  );
  return prepared.map((card, index) => ({
    id: ids[index] ?? `${deck.id}/${index}`,
    deckId: deck.id,
    number: card.number,
    question: card.parsed.text,
    answer: card.answer,
    sections: card.sections,
    tags: card.tags,
    source: { file: deck.file, line: card.draft.line },
  }));
}

function prepareCard(draft: CardDraft, deck: DeckContext, sink: DiagnosticSink): Prepared | null {
  const parsed =
    draft.parsed && draft.questionParts.length === 1
      ? draft.parsed
      : parseQuestionText(draft.questionParts.join(' '));
  const number = parsed.number ?? draft.fallbackNumber;
  reportMarkers(draft, parsed, sink);
  if (parsed.text === '') {
    const which = number === null ? 'a question' : `question ${number}`;
    fail(sink, draft.line, draft.column, `${which} has no text; it was left out`);
    return null;
  }
  const body = boundCardBody(renderBody(draft), { line: draft.line, column: draft.column, sink });
  if (body.answer === '') warn(sink, draft.line, draft.column, 'question has no answer');
  const tags = unique([
    ...deck.tags,
    ...draft.categories,
    ...parsed.markers.map((marker) => slugify(marker.name)),
  ]);
  return { draft, parsed, number, answer: body.answer, sections: body.sections, tags };
}

function reportMarkers(draft: CardDraft, parsed: QuestionText, sink: DiagnosticSink): void {
  for (const marker of parsed.markers) {
    const at = draft.questionRaw.indexOf(`[${marker.name}]`);
    const column = at >= 0 ? at + 1 : draft.column;
    warn(sink, draft.line, column, `question is marked [${marker.name}]`);
  }
}

type Body = { answer: string; sections: CardSection[] };

/** With an answer section, the rest are sections; without one, the whole body answers. */
function renderBody(draft: CardDraft): Body {
  const indent = draft.listIndent;
  if (!draft.answer) {
    const lines = [...draft.preamble.lines];
    for (const section of draft.sections) {
      for (const line of section.heading) lines.push(line);
      for (const line of section.lines) lines.push(line);
    }
    return { answer: toMarkdown(lines, indent), sections: [] };
  }
  const sections: CardSection[] = [];
  const notes = toMarkdown(draft.preamble.lines, indent);
  if (notes !== '') sections.push({ title: draft.preamble.title, markdown: notes });
  for (const section of draft.sections) {
    if (section !== draft.answer) sections.push(renderSection(section, indent));
  }
  return { answer: toMarkdown(draft.answer.lines, indent), sections };
}

function renderSection(section: DraftSection, indent: number): CardSection {
  return { title: section.title, markdown: toMarkdown(section.lines, indent) };
}

function unique(tags: readonly string[]): string[] {
  return [...new Set(tags.filter((tag) => tag !== ''))];
}
