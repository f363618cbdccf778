// Reads the tables of an Anki collection (schema 11, or 15 to 18) into plain values
// (docs/architecture.md, "Anki packages"). Schema 11 keeps decks and note types as JSON in
// `col`; later schemas keep them in their own tables, their settings as protobuf.
import type { Database, SqlValue } from 'sql.js';
import type {
  AnkiCard,
  AnkiCollection,
  AnkiDeck,
  AnkiNote,
  AnkiNotetype,
  AnkiRevlog,
  AnkiTemplate,
} from '../../domain/anki/anki-types';
import { readProtoFields, readProtoString, readProtoVarint } from './protobuf';

const LEGACY_SCHEMA = 11;
const FIRST_TABLE_SCHEMA = 15;
const NEWEST_SCHEMA = 18;
/** rslib's notetype config: field 1 is the kind, 1 for cloze. */
const NOTETYPE_KIND_FIELD = 1;
const KIND_CLOZE = 1;
const TEMPLATE_FRONT_FIELD = 1;
const TEMPLATE_BACK_FIELD = 2;
const FIELD_SEPARATOR = '\x1f';

export class UnknownSchemaError extends Error {
  override readonly name = 'UnknownSchemaError';

  constructor(readonly version: number) {
    super(`schema ${version}`);
  }
}

/** Schema 11 and 15 to 18 are read; anything else is refused before a table is read. */
export function readAnkiCollection(db: Database): AnkiCollection {
  const version = Number(selectRows(db, 'SELECT ver FROM col')[0]?.[0]);
  const isLegacy = version === LEGACY_SCHEMA;
  if (!isLegacy && !(version >= FIRST_TABLE_SCHEMA && version <= NEWEST_SCHEMA)) {
    throw new UnknownSchemaError(version);
  }
  if (!isLegacy) dropUnicaseCollation(db);
  return {
    decks: isLegacy ? readLegacyDecks(db) : readDecks(db),
    notetypes: isLegacy ? readLegacyNotetypes(db) : readNotetypes(db),
    notes: readNotes(db),
    cards: readCards(db),
    revlog: readRevlog(db),
  };
}

function selectRows(db: Database, sql: string): SqlValue[][] {
  return db.exec(sql)[0]?.values ?? [];
}

/**
 * Anki's tables name a `unicase` collation that only Anki defines; SQLite refuses to read
 * them without it. The copy in memory forgets the collation: nothing here sorts by name.
 */
function dropUnicaseCollation(db: Database): void {
  db.exec(`PRAGMA writable_schema=ON;
    UPDATE sqlite_master SET sql = replace(sql, 'COLLATE unicase', '')
      WHERE sql LIKE '%COLLATE unicase%';
    PRAGMA writable_schema=RESET;`);
}

function toText(value: SqlValue | undefined): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return value === null || value === undefined ? '' : String(value);
}

function toBytes(value: SqlValue | undefined): Uint8Array {
  return value instanceof Uint8Array ? value : new Uint8Array();
}

function readDecks(db: Database): AnkiDeck[] {
  return selectRows(db, 'SELECT id, name FROM decks').map(([id, name]) => ({
    id: Number(id),
    name: toText(name).split(FIELD_SEPARATOR).join('::'),
  }));
}

function readNotetypes(db: Database): AnkiNotetype[] {
  const fields = new Map<number, string[]>();
  for (const [ntid, ord, name] of selectRows(db, 'SELECT ntid, ord, name FROM fields')) {
    const list = fields.get(Number(ntid)) ?? [];
    list[Number(ord)] = toText(name);
    fields.set(Number(ntid), list);
  }
  const templates = new Map<number, AnkiTemplate[]>();
  for (const [ntid, ord, name, config] of selectRows(
    db,
    'SELECT ntid, ord, name, config FROM templates',
  )) {
    const parsed = readProtoFields(toBytes(config));
    const list = templates.get(Number(ntid)) ?? [];
    list.push({
      ord: Number(ord),
      name: toText(name),
      front: readProtoString(parsed, TEMPLATE_FRONT_FIELD),
      back: readProtoString(parsed, TEMPLATE_BACK_FIELD),
    });
    templates.set(Number(ntid), list);
  }
  return selectRows(db, 'SELECT id, name, config FROM notetypes').map(([id, name, config]) => ({
    id: Number(id),
    name: toText(name),
    isCloze: readProtoVarint(readProtoFields(toBytes(config)), NOTETYPE_KIND_FIELD) === KIND_CLOZE,
    fields: [...(fields.get(Number(id)) ?? [])].map((field) => field ?? ''),
    templates: (templates.get(Number(id)) ?? []).sort((a, b) => a.ord - b.ord),
  }));
}

/** A property of a parsed JSON value, or undefined when it is no object or lacks it. */
function readProperty(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

function readList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function readLegacyJson(db: Database, column: 'models' | 'decks'): unknown[] {
  const parsed: unknown = JSON.parse(toText(selectRows(db, `SELECT ${column} FROM col`)[0]?.[0]));
  return typeof parsed === 'object' && parsed !== null ? Object.values(parsed) : [];
}

function readLegacyDecks(db: Database): AnkiDeck[] {
  return readLegacyJson(db, 'decks').map((deck) => ({
    id: Number(readProperty(deck, 'id')),
    name: String(readProperty(deck, 'name') ?? ''),
  }));
}

function readLegacyNotetypes(db: Database): AnkiNotetype[] {
  return readLegacyJson(db, 'models').map((model) => {
    const byOrd = (a: unknown, b: unknown) =>
      Number(readProperty(a, 'ord')) - Number(readProperty(b, 'ord'));
    const fields = readList(readProperty(model, 'flds')).sort(byOrd);
    const templates = readList(readProperty(model, 'tmpls')).map((template, i) => ({
      ord: Number(readProperty(template, 'ord') ?? i),
      name: String(readProperty(template, 'name') ?? ''),
      front: String(readProperty(template, 'qfmt') ?? ''),
      back: String(readProperty(template, 'afmt') ?? ''),
    }));
    return {
      id: Number(readProperty(model, 'id')),
      name: String(readProperty(model, 'name') ?? ''),
      isCloze: Number(readProperty(model, 'type')) === KIND_CLOZE,
      fields: fields.map((field) => String(readProperty(field, 'name') ?? '')),
      templates: templates.sort((a, b) => a.ord - b.ord),
    };
  });
}

function readNotes(db: Database): AnkiNote[] {
  return selectRows(db, 'SELECT id, guid, mid, tags, flds FROM notes ORDER BY id').map(
    ([id, guid, mid, tags, flds]) => ({
      id: Number(id),
      guid: toText(guid),
      notetypeId: Number(mid),
      tags: toText(tags)
        .split(/\s+/)
        .filter((tag) => tag !== ''),
      fields: toText(flds).split(FIELD_SEPARATOR),
    }),
  );
}

function readCards(db: Database): AnkiCard[] {
  return selectRows(db, 'SELECT id, nid, did, odid, ord, queue FROM cards ORDER BY id').map(
    ([id, nid, did, odid, ord, queue]) => ({
      id: Number(id),
      noteId: Number(nid),
      deckId: Number(did),
      originalDeckId: Number(odid),
      ord: Number(ord),
      queue: Number(queue),
    }),
  );
}

function readRevlog(db: Database): AnkiRevlog[] {
  return selectRows(db, 'SELECT id, cid, ease, factor, type, time FROM revlog ORDER BY id').map(
    ([id, cid, ease, factor, type, time]) => ({
      id: Number(id),
      cardId: Number(cid),
      ease: Number(ease),
      factor: Number(factor),
      type: Number(type),
      timeMs: Number(time),
    }),
  );
}
