import type { CompiledDeck } from '../card-types';
import { describeError } from '../describe-error';
import { assembleCards } from './assemble-cards';
import { buildDeckMeta } from './deck-meta';
import { createSink, type DiagnosticSink, fail, sortDiagnostics } from './diagnostics';
import { finishCards } from './finish-cards';
import { readFrontMatter } from './front-matter';
import { planHeadings } from './heading-roles';
import { refineTokens } from './refine-tokens';
import { scanLines } from './scan-lines';

const NO_QUESTIONS =
  'no questions found: write questions as headings ("## Question 1: ..." or "## What is ...?"), "Q:" lines or <details> blocks';

/**
 * Compiles one markdown question bank into a deck. It never throws: every problem, even an
 * internal one, comes back as a diagnostic with a line and column.
 */
export function compileDeck(text: string, file: string): CompiledDeck {
  const sink = createSink(file);
  try {
    return compileInto(typeof text === 'string' ? text : '', file, sink);
  } catch (error) {
    fail(sink, 1, 1, `internal compiler error: ${describeError(error)}`);
    return {
      deck: buildDeckMeta({ title: null, id: null, description: null, tags: [] }, null, file),
      cards: [],
      diagnostics: sortDiagnostics(sink.list),
    };
  }
}

function compileInto(text: string, file: string, sink: DiagnosticSink): CompiledDeck {
  const lines = splitLines(text);
  const front = readFrontMatter(lines, sink);
  const tokens = refineTokens(scanLines(lines, front.bodyStart, sink), sink);
  const plan = planHeadings(tokens);
  const deck = buildDeckMeta(front.meta, plan.title, file);
  const drafts = assembleCards(tokens, plan, sink);
  const cards = finishCards(drafts, { id: deck.id, tags: deck.tags, file }, sink);
  if (cards.length === 0) fail(sink, 1, 1, NO_QUESTIONS);
  return { deck, cards, diagnostics: sortDiagnostics(sink.list) };
}

function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
}
