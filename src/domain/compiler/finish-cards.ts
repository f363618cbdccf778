import type { CardChoice, CardSection, CompiledCard } from '../card-types';
import { describeError } from '../describe-error';
import { boundCardBody, boundChoices, boundMarkdown } from './bound-card';
import type { CardDraft, DraftSection } from './card-draft';
import { assignCardIds } from './card-ids';
import { isPromptMaterial, joinPrompt } from './card-prompt';
import { type DiagnosticSink, warn } from './diagnostics';
import { readGivenChoices } from './given-choices';
import { parseQuestionText, type QuestionText } from './question-text';
import { toMarkdown } from './section-markdown';
import { slugify } from './slugify';

type Prepared = {
  draft: CardDraft;
  parsed: QuestionText;
  number: number | null;
  prompt: string;
  answer: string;
  sections: CardSection[];
  choices: CardChoice[] | undefined;
  tags: string[];
};

export type DeckContext = { id: string; tags: readonly string[]; file: string };

export function finishCards(
  drafts: readonly CardDraft[],
  deck: DeckContext,
  sink: DiagnosticSink,
): CompiledCard[] {
  const prepared = drafts.flatMap((draft) => prepareSafely(draft, deck, sink) ?? []);
  const ids = assignCardIds(
    prepared.map((card) => ({
      line: card.draft.line,
      column: card.draft.column,
      question: card.parsed.text,
      prompt: card.prompt,
      explicitId: card.parsed.explicitId,
    })),
    deck.id,
    sink,
  );
  return prepared.map((card, index) => {
    const compiled: CompiledCard = {
      id: ids[index] ?? `${deck.id}/${index}`,
      deckId: deck.id,
      number: card.number,
      question: card.parsed.text,
      prompt: card.prompt,
      answer: card.answer,
      sections: card.sections,
      tags: card.tags,
      source: { file: deck.file, line: card.draft.line },
    };
    // `choices` sits after `sections` in the printed JSON, and only when the bank gives them.
    return card.choices ? withChoices(compiled, card.choices) : compiled;
  });
}

function withChoices(card: CompiledCard, choices: CardChoice[]): CompiledCard {
  const { tags, source, ...content } = card;
  return { ...content, choices, tags, source };
}

/** One question that cannot be read is left out with a warning; it never stops the deck. */
function prepareSafely(draft: CardDraft, deck: DeckContext, sink: DiagnosticSink): Prepared | null {
  try {
    return prepareCard(draft, deck, sink);
  } catch (error) {
    const reason = describeError(error);
    warn(sink, draft.line, draft.column, `question could not be read (${reason}); it was left out`);
    return null;
  }
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
    warn(sink, draft.line, draft.column, `${which} has no text; it was left out`);
    return null;
  }
  const where = { line: draft.line, column: draft.column, sink };
  const rendered = renderBody(draft, parsed.text);
  const body = boundCardBody(rendered, where);
  const prompt = boundMarkdown(rendered.prompt, 'the prompt', where);
  if (body.answer === '') warn(sink, draft.line, draft.column, 'question has no answer');
  const given = prompt === '' ? undefined : readGivenChoices(prompt, body.answer);
  const tags = unique([
    ...deck.tags,
    ...draft.categories,
    ...parsed.markers.map((marker) => slugify(marker.name)),
  ]);
  return {
    draft,
    parsed,
    number,
    prompt,
    answer: body.answer,
    sections: body.sections,
    choices: given && boundChoices(given, where),
    tags,
  };
}

function reportMarkers(draft: CardDraft, parsed: QuestionText, sink: DiagnosticSink): void {
  for (const marker of parsed.markers) {
    const at = draft.questionRaw.indexOf(`[${marker.name}]`);
    const column = at >= 0 ? at + 1 : draft.column;
    warn(sink, draft.line, column, `question is marked [${marker.name}]`);
  }
}

type Body = { prompt: string; answer: string; sections: CardSection[] };

/**
 * With an answer section, the rest are sections, except what precedes them when the question
 * needs it (its prompt); without one, the whole body answers.
 */
function renderBody(draft: CardDraft, question: string): Body {
  const indent = draft.listIndent;
  const summary = toMarkdown(draft.promptLines, 0);
  const named = draft.sections.filter((s) => s.isPrompt).map((s) => toMarkdown(s.lines, indent));
  if (!draft.answer) {
    const lines = [...draft.preamble.lines];
    for (const section of draft.sections) {
      if (section.isPrompt) continue;
      for (const line of section.heading) lines.push(line);
      for (const line of section.lines) lines.push(line);
    }
    return {
      prompt: joinPrompt([summary, ...named]),
      answer: toMarkdown(lines, indent),
      sections: [],
    };
  }
  const sections: CardSection[] = [];
  const notes = toMarkdown(draft.preamble.lines, indent);
  const isPrompt = isPromptMaterial(notes, question);
  if (notes !== '' && !isPrompt) sections.push({ title: draft.preamble.title, markdown: notes });
  for (const section of draft.sections) {
    if (section !== draft.answer && !section.isPrompt) {
      sections.push(renderSection(section, indent));
    }
  }
  const prompt = joinPrompt([summary, isPrompt ? notes : '', ...named]);
  return { prompt, answer: toMarkdown(draft.answer.lines, indent), sections };
}

function renderSection(section: DraftSection, indent: number): CardSection {
  return { title: section.title, markdown: toMarkdown(section.lines, indent) };
}

function unique(tags: readonly string[]): string[] {
  return [...new Set(tags.filter((tag) => tag !== ''))];
}
