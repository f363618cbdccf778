import type { CardSection, CompiledCard, CompiledDeck } from '../card-types';
import { boundCardBody } from '../compiler/bound-card';
import { assignCardIds } from '../compiler/card-ids';
import { buildDeckMeta, normalizeTags } from '../compiler/deck-meta';
import { type DiagnosticSink, fail, sortDiagnostics, warn } from '../compiler/diagnostics';
import { parseQuestionText } from '../compiler/question-text';
import { slugify } from '../compiler/slugify';

/** One row of a CSV or Anki text file, as fields (markdown by now) with the line it starts on. */
export type DelimitedCard = {
  line: number;
  question: string;
  answer: string;
  sections: CardSection[];
  tags: string[];
};

export type DelimitedDeck = {
  file: string;
  /** From Anki's `#deck:` header; the file name otherwise. */
  title: string | null;
  /** From Anki's `#tags:` header: every card gets them. */
  tags: string[];
  cards: DelimitedCard[];
};

const NO_ROWS = 'no questions found: the file has a header but no rows of question and answer';

/**
 * Cards from rows follow the markdown rules: `Question 3:` numbers, `[TODO]` markers and
 * `{#id}` are read from the question, and ids are `<deck>/<slug of the question>`.
 */
export function buildDelimitedDeck(input: DelimitedDeck, sink: DiagnosticSink): CompiledDeck {
  const deck = buildDeckMeta(
    { title: input.title, id: null, description: null, tags: input.tags },
    null,
    input.file,
  );
  const prepared = input.cards.flatMap((row) => {
    const parsed = parseQuestionText(row.question.replace(/\s*\n\s*/g, ' ').trim());
    if (parsed.text === '') {
      fail(sink, row.line, 1, 'the question is empty; the row was left out');
      return [];
    }
    if (row.answer.trim() === '') warn(sink, row.line, 1, 'question has no answer');
    for (const marker of parsed.markers) {
      warn(sink, row.line, 1, `question is marked [${marker.name}]`);
    }
    const markerTags = parsed.markers.map((marker) => slugify(marker.name));
    const tags = normalizeTags([...deck.tags, ...row.tags, ...markerTags]);
    const body = boundCardBody(
      {
        answer: row.answer.trim(),
        sections: row.sections.filter((section) => section.markdown.trim() !== ''),
      },
      { line: row.line, column: 1, sink },
    );
    return [{ row, parsed, tags, body }];
  });
  const ids = assignCardIds(
    prepared.map(({ row, parsed }) => ({
      line: row.line,
      column: 1,
      question: parsed.text,
      explicitId: parsed.explicitId,
    })),
    deck.id,
    sink,
  );
  const cards = prepared.map(
    ({ row, parsed, tags, body }, index): CompiledCard => ({
      id: ids[index] ?? `${deck.id}/${index}`,
      deckId: deck.id,
      number: parsed.number,
      question: parsed.text,
      prompt: '',
      answer: body.answer,
      sections: body.sections,
      tags,
      source: { file: input.file, line: row.line },
    }),
  );
  if (cards.length === 0 && !sink.list.some((d) => d.severity === 'error')) {
    fail(sink, 1, 1, NO_ROWS);
  }
  return { deck, cards, diagnostics: sortDiagnostics(sink.list) };
}

/** Anki separates tags with spaces; spreadsheets often use commas or semicolons. */
export function splitTags(field: string): string[] {
  return field.split(/[\s,;]+/).filter((tag) => tag !== '');
}
