// What an Anki card template shows: which fields its front and back use, and cloze deletions
// (docs/architecture.md, "Anki packages").

const FIELD_REFERENCE = /\{\{([#^/]?)([^{}]*)\}\}/g;
/** Template words that are not fields of the note (Anki's special fields). */
const SPECIAL_FIELDS = new Set([
  'FrontSide',
  'Tags',
  'Type',
  'Deck',
  'Subdeck',
  'Card',
  'CardFlag',
]);

/** Filters that keep a field's text off the front: an answer box, a hint shown on demand. */
const HIDDEN_ON_FRONT = new Set(['type', 'hint']);

export type TemplateSide = 'front' | 'back';

/**
 * Fields a template shows, in the order it first shows them; sections (`{{#F}}`) do not count,
 * nor, on the front, `{{type:F}}` (a box to type the answer in) and `{{hint:F}}`.
 */
export function listTemplateFields(
  template: string,
  fieldNames: readonly string[],
  side: TemplateSide = 'front',
): string[] {
  const known = new Set(fieldNames);
  const found: string[] = [];
  for (const match of template.matchAll(FIELD_REFERENCE)) {
    if (match[1] !== '') continue;
    const parts = (match[2] ?? '').split(':');
    const name = parts.pop()?.trim() ?? '';
    if (side === 'front' && parts.some((filter) => HIDDEN_ON_FRONT.has(filter.trim()))) continue;
    if (known.has(name) && !SPECIAL_FIELDS.has(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

export type ClozeSide = 'question' | 'answer';

const CLOZE_OPEN = '{{c';
const CLOZE_CLOSE = '}}';
const CLOZE_HEAD = /^\{\{c(\d+)::/;
const HIDDEN = '[...]';
/** `{{c` and a number of up to nine digits and `::`. */
const CLOZE_HEAD_MAX_CHARS = 16;

/**
 * A cloze field for card `number` (c1 is card 1): on the question its deletions are hidden
 * (`[...]`, or `[hint]`), on the answer they are shown in bold; other numbers show their text.
 * Scans once: an opening `{{c` with no `}}` after it ends the scan, so no text is searched twice.
 */
export function renderCloze(text: string, number: number, side: ClozeSide): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = text.indexOf(CLOZE_OPEN, at);
    if (start < 0) break;
    const head = CLOZE_HEAD.exec(text.slice(start, start + CLOZE_HEAD_MAX_CHARS));
    if (head === null) {
      out += text.slice(at, start + CLOZE_OPEN.length);
      at = start + CLOZE_OPEN.length;
      continue;
    }
    const bodyStart = start + head[0].length;
    const end = text.indexOf(CLOZE_CLOSE, bodyStart);
    if (end < 0) break;
    const [content = '', hint] = text.slice(bodyStart, end).split('::');
    out += text.slice(at, start) + renderDeletion(content, hint, Number(head[1]) === number, side);
    at = end + CLOZE_CLOSE.length;
  }
  return out + text.slice(at);
}

function renderDeletion(
  content: string,
  hint: string | undefined,
  isActive: boolean,
  side: ClozeSide,
): string {
  if (!isActive) return content;
  if (side === 'answer') return `<b>${content}</b>`;
  return hint === undefined || hint.trim() === '' ? HIDDEN : `[${hint.trim()}]`;
}
