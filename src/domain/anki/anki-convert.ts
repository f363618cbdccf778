// An Anki collection as Drillbook decks (docs/architecture.md, "Anki packages"): one deck per
// Anki deck that holds cards, one card per Anki card. Ids are stable, so importing the same
// package again matches every card: a deck's id comes from its name, a card's from its note's
// guid and its template (or cloze number).
import type { CardSection, CompiledCard, CompiledDeck } from '../card-types';
import { slugify } from '../compiler/slugify';
import { groupBy } from '../group-by';
import { toHistoryEvents } from './anki-history';
import { ankiHtmlToMarkdown, type MediaLookup } from './anki-html';
import { listTemplateFields, renderCloze } from './anki-templates';
import type {
  AnkiCard,
  AnkiCardExtras,
  AnkiImport,
  AnkiNote,
  AnkiNotetype,
  AnkiPackage,
} from './anki-types';

const QUEUE_SUSPENDED = -1;
const QUEUE_BURIED = [-2, -3];
const DECK_ID_PREFIX = 'anki-';
const HEX_RADIX = 16;
const FALLBACK_QUESTION = 'Card';
const QUESTION_LINE = /^(.*)$/m;
const MARKDOWN_IMAGE = /!\[[^\]]*\]\([^)]*\)/g;

export function convertAnkiPackage(pkg: AnkiPackage, fileName: string): AnkiImport {
  const { collection } = pkg;
  const media: MediaLookup = { files: pkg.media, used: new Map() };
  const notes = new Map(collection.notes.map((note) => [note.id, note]));
  const notetypes = new Map(collection.notetypes.map((type) => [type.id, type]));
  const deckNames = new Map(collection.decks.map((deck) => [deck.id, deck.name]));
  const revlog = groupBy(collection.revlog, (entry) => entry.cardId);
  const deckIds = new DeckIds();
  const decks = new Map<string, CompiledDeck>();
  const extras: AnkiCardExtras[] = [];
  for (const card of collection.cards) {
    const note = notes.get(card.noteId);
    const notetype = note && notetypes.get(note.notetypeId);
    if (note === undefined || notetype === undefined) continue;
    const homeDeck = card.originalDeckId !== 0 ? card.originalDeckId : card.deckId;
    const deckName = deckNames.get(homeDeck) ?? `Anki deck ${homeDeck}`;
    const deckId = deckIds.get(homeDeck, deckName);
    const deck = decks.get(deckId) ?? createDeck(deckId, deckName, fileName);
    decks.set(deckId, deck);
    const compiled = convertCard(card, note, notetype, { deckId, fileName, media });
    deck.cards.push({ ...compiled, source: { file: fileName, line: deck.cards.length + 1 } });
    extras.push({
      cardId: compiled.id,
      deckId,
      isSuspended: card.queue === QUEUE_SUSPENDED,
      isBuried: QUEUE_BURIED.includes(card.queue),
      history: toHistoryEvents(note.guid, card.ord, revlog.get(card.id) ?? []),
    });
  }
  return { decks: [...decks.values()], extras, media: [...media.used.values()] };
}

/** Deck ids by Anki deck: the slug of the name, made unique when two names slug alike. */
class DeckIds {
  private readonly byAnkiId = new Map<number, string>();
  private readonly taken = new Set<string>();

  get(ankiId: number, name: string): string {
    const known = this.byAnkiId.get(ankiId);
    if (known !== undefined) return known;
    const base = `${DECK_ID_PREFIX}${slugify(name) || ankiId}`;
    let id = base;
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}-${n}`;
    this.taken.add(id);
    this.byAnkiId.set(ankiId, id);
    return id;
  }
}

function createDeck(id: string, name: string, fileName: string): CompiledDeck {
  return {
    deck: {
      id,
      title: name.split('::').join(' › '),
      description: `Imported from the Anki package ${fileName}`,
      tags: [],
      file: fileName,
    },
    cards: [],
    diagnostics: [],
  };
}

type CardContext = { deckId: string; fileName: string; media: MediaLookup };

/** The card id: its note's guid, spelled in hex so any guid makes a plain id, and its ord. */
export function toAnkiCardId(deckId: string, guid: string, ord: number): string {
  const hex = [...guid]
    .map((char) => (char.codePointAt(0) ?? 0).toString(HEX_RADIX).padStart(2, '0'))
    .join('');
  return `${deckId}/anki-${hex}-${ord}`;
}

type Sides = { front: string[]; back: string[]; rest: CardSection[] };

function convertCard(
  card: AnkiCard,
  note: AnkiNote,
  notetype: AnkiNotetype,
  context: CardContext,
): Omit<CompiledCard, 'source'> {
  const sides = notetype.isCloze
    ? renderClozeSides(card, note, notetype, context.media)
    : renderSides(card, note, notetype, context.media);
  const { question, prompt } = splitQuestion(sides.front);
  return {
    id: toAnkiCardId(context.deckId, note.guid, card.ord),
    deckId: context.deckId,
    number: null,
    question,
    ...(prompt === '' ? {} : { prompt }),
    answer: sides.back.join('\n\n'),
    sections: sides.rest,
    tags: note.tags,
  };
}

function readFields(note: AnkiNote, notetype: AnkiNotetype): Map<string, string> {
  return new Map(notetype.fields.map((name, i) => [name, note.fields[i] ?? '']));
}

/** Front fields ask; fields only the back shows answer; fields neither shows become sections. */
function renderSides(
  card: AnkiCard,
  note: AnkiNote,
  notetype: AnkiNotetype,
  media: MediaLookup,
): Sides {
  const template = notetype.templates.find((entry) => entry.ord === card.ord) ??
    notetype.templates[0] ?? { ord: 0, name: '', front: '', back: '' };
  const values = readFields(note, notetype);
  const frontNames = listTemplateFields(template.front, notetype.fields);
  const backNames = listTemplateFields(template.back, notetype.fields, 'back').filter(
    (name) => !frontNames.includes(name),
  );
  const shown = new Set([...frontNames, ...backNames]);
  const render = (name: string) => ankiHtmlToMarkdown(values.get(name) ?? '', media);
  return {
    front: frontNames.map(render).filter(isPresent),
    back: backNames.map(render).filter(isPresent),
    rest: toSections(
      notetype.fields.filter((name) => !shown.has(name)),
      render,
    ),
  };
}

/** A cloze card: the cloze fields with its deletion hidden, then shown; back-only fields follow. */
function renderClozeSides(
  card: AnkiCard,
  note: AnkiNote,
  notetype: AnkiNotetype,
  media: MediaLookup,
): Sides {
  const template = notetype.templates[0] ?? { ord: 0, name: '', front: '', back: '' };
  const values = readFields(note, notetype);
  const frontNames = listTemplateFields(template.front, notetype.fields);
  const clozeNames = frontNames.filter((name) => template.front.includes(`cloze:${name}`));
  const number = card.ord + 1;
  const render = (html: string) => ankiHtmlToMarkdown(html, media);
  const clozed = (side: 'question' | 'answer') =>
    clozeNames.map((name) => render(renderCloze(values.get(name) ?? '', number, side)));
  const backNames = listTemplateFields(template.back, notetype.fields, 'back').filter(
    (name) => !clozeNames.includes(name),
  );
  const shown = new Set([...frontNames, ...backNames]);
  const plainFront = frontNames.filter((name) => !clozeNames.includes(name));
  return {
    front: [
      ...plainFront.map((name) => render(values.get(name) ?? '')),
      ...clozed('question'),
    ].filter(isPresent),
    back: [...clozed('answer'), ...backNames.map((name) => render(values.get(name) ?? ''))].filter(
      isPresent,
    ),
    rest: toSections(
      notetype.fields.filter((name) => !shown.has(name)),
      (name) => render(values.get(name) ?? ''),
    ),
  };
}

function toSections(names: readonly string[], render: (name: string) => string): CardSection[] {
  return names.flatMap((title) => {
    const markdown = render(title);
    return isPresent(markdown) ? [{ title, markdown }] : [];
  });
}

function isPresent(markdown: string): boolean {
  return markdown.trim() !== '';
}

/**
 * The question is plain text: the front's first line, its formatting dropped. A front of more
 * than one line of text (pictures, code, more fields) is also the prompt shown under it.
 */
function splitQuestion(front: readonly string[]): { question: string; prompt: string } {
  const whole = front.join('\n\n');
  const firstLine = QUESTION_LINE.exec(whole)?.[1] ?? '';
  // Pictures stay in the prompt; their descriptions make the question only when it has no words.
  const plain = toPlainText(firstLine.replace(MARKDOWN_IMAGE, '')) || toPlainText(firstLine);
  const isOneLineOfText = !whole.trim().includes('\n') && !whole.includes('![');
  if (isOneLineOfText) return { question: plain, prompt: '' };
  return { question: plain === '' ? FALLBACK_QUESTION : plain, prompt: whole };
}

/** Markdown's words without its marks: image descriptions, link text, no emphasis or code ticks. */
function toPlainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`]/g, '')
    .replace(/^[-#>]+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
