import { type DiagnosticSink, warn } from './diagnostics';
import { slugify } from './slugify';

export type IdRequest = {
  line: number;
  column: number;
  question: string;
  /** The card's prompt: it tells apart questions that read the same ("What's the output?"). */
  prompt?: string;
  explicitId: string | null;
};

/**
 * Ids are `<deck>/<slug of the question>` or `<deck>/<explicit id>`. Explicit ids are reserved
 * first, so an automatic id never takes one; every id in the deck comes out unique. Questions
 * that read the same and have a prompt get the prompt's hash after the slug, so inserting one
 * more of them leaves the others' ids (and their progress) where they were.
 */
export function assignCardIds(
  requests: readonly IdRequest[],
  deckId: string,
  sink: DiagnosticSink,
): string[] {
  const taken = new Map<string, number>();
  const nextSuffix = new Map<string, number>();
  const ids: string[] = new Array(requests.length).fill('');
  requests.forEach((request, index) => {
    if (request.explicitId === null) return;
    const slug = explicitSlug(request, sink);
    const firstLine = taken.get(slug);
    if (firstLine === undefined) {
      taken.set(slug, request.line);
      ids[index] = slug;
      return;
    }
    const unique = makeUnique(slug, taken, nextSuffix, request.line);
    warn(
      sink,
      request.line,
      request.column,
      `explicit id {#${slug}} is already used on line ${firstLine}; this card gets ${quoteId(deckId, unique)}`,
    );
    ids[index] = unique;
  });
  const slugs = requests.map((request) =>
    request.explicitId === null
      ? slugify(request.question) || `q-${hashText(request.question)}`
      : '',
  );
  const repeated = countRepeats(slugs);
  requests.forEach((request, index) => {
    if (request.explicitId !== null) return;
    const plain = slugs[index] ?? '';
    const prompt = request.prompt?.replace(/\s+/g, ' ').trim() ?? '';
    const slug = repeated.has(plain) && prompt !== '' ? `${plain}-${hashText(prompt)}` : plain;
    const firstLine = taken.get(slug);
    if (firstLine === undefined) {
      taken.set(slug, request.line);
      ids[index] = slug;
      return;
    }
    const unique = makeUnique(slug, taken, nextSuffix, request.line);
    warn(
      sink,
      request.line,
      request.column,
      `duplicate card id ${quoteId(deckId, slug)} (first on line ${firstLine}); this card gets ${quoteId(deckId, unique)}`,
    );
    ids[index] = unique;
  });
  return ids.map((slug) => `${deckId}/${slug}`);
}

/** Slugs that more than one automatic id would take. */
function countRepeats(slugs: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const slug of slugs) {
    if (slug === '') continue;
    if (seen.has(slug)) repeated.add(slug);
    seen.add(slug);
  }
  return repeated;
}

function explicitSlug(request: IdRequest, sink: DiagnosticSink): string {
  const given = request.explicitId ?? '';
  const slug = slugify(given) || `q-${hashText(given)}`;
  if (slug !== given) {
    warn(
      sink,
      request.line,
      request.column,
      `explicit id {#${given}} is not a plain slug; using {#${slug}}`,
    );
  }
  return slug;
}

function makeUnique(
  slug: string,
  taken: Map<string, number>,
  nextSuffix: Map<string, number>,
  line: number,
): string {
  let suffix = nextSuffix.get(slug) ?? 2;
  while (taken.has(`${slug}-${suffix}`)) suffix += 1;
  const unique = `${slug}-${suffix}`;
  nextSuffix.set(slug, suffix + 1);
  taken.set(unique, line);
  return unique;
}

function quoteId(deckId: string, slug: string): string {
  return `"${deckId}/${slug}"`;
}

/** FNV-1a, 32 bits: a stable id for questions with no ASCII letters (say, in Chinese). */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
