// Builds Anki packages for tests, following Anki's own schema (rslib/src/storage/schema11.sql
// and its upgrades to 18, proto/anki/*.proto): a legacy package keeps note types and decks as
// JSON in `col`; a current one keeps them in tables with protobuf settings, is zstd-compressed
// and carries the dummy legacy collection that Anki writes for older clients.
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';

export type AnkiVersion = 'anki2' | 'anki21' | 'anki21b';

export type TestRevlog = {
  /** Epoch ms of the answer (the revlog id). */
  at: number;
  ease: number;
  /** 0 learning, 1 review, 2 relearning, 3 filtered, 4 manual, 5 rescheduled. */
  type: number;
  factor?: number;
  timeMs?: number;
};

export type TestCard = { ord: number; queue?: number; revlog?: TestRevlog[]; deck?: string };

export type TestNote = {
  guid: string;
  notetype: TestNotetype;
  fields: string[];
  tags?: string[];
  deck: string;
  /** Defaults to one card per template (ord 0 for a cloze note). */
  cards?: TestCard[];
};

export type TestNotetype = {
  id: number;
  name: string;
  isCloze: boolean;
  fields: string[];
  templates: { name: string; front: string; back: string }[];
};

export type TestPackage = {
  version: AnkiVersion;
  notes: TestNote[];
  /** Media by name, as notes refer to them. */
  media?: Record<string, Uint8Array>;
  /** Overrides `col.ver`, to make a package of an unknown schema. */
  schemaVersion?: number;
};

export const BASIC: TestNotetype = {
  id: 1_700_000_000_001,
  name: 'Basic',
  isCloze: false,
  fields: ['Front', 'Back'],
  templates: [{ name: 'Card 1', front: '{{Front}}', back: '{{FrontSide}}<hr id=answer>{{Back}}' }],
};

export const CLOZE: TestNotetype = {
  id: 1_700_000_000_002,
  name: 'Cloze',
  isCloze: true,
  fields: ['Text', 'Back Extra'],
  templates: [{ name: 'Cloze', front: '{{cloze:Text}}', back: '{{cloze:Text}}<br>{{Back Extra}}' }],
};

let sqlJs: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= initSqlJs();
  return sqlJs;
}

const SCHEMA_11 = `
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
  scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
  ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
  dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
  sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
  ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
  queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
  reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
  odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
  ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL,
  time integer NOT NULL, type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_revlog_cid ON revlog (cid);`;

// Schema 18's tables (schema15_upgrade.sql), without Anki's own `unicase` collation, which
// only Anki defines; the real package in tests/fixtures/anki has it.
const SCHEMA_18_TABLES = `
CREATE TABLE deck_config (id integer PRIMARY KEY NOT NULL, name text NOT NULL,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE TABLE config (KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL,
  mtime_secs integer NOT NULL, val blob NOT NULL) without rowid;
CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL,
  config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL,
  PRIMARY KEY (ntid, ord)) without rowid;
CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL,
  mtime_secs integer NOT NULL, usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);`;

const FIRST_DECK_ID = 1_600_000_000_000;
const FIRST_NOTE_ID = 1_650_000_000_000;

/** A package's bytes, as Anki exports it. */
export async function buildAnkiPackage(spec: TestPackage): Promise<Uint8Array> {
  const sql = await loadSqlJs();
  const isLatest = spec.version === 'anki21b';
  const collection = buildCollection(sql, spec, isLatest ? 18 : 11);
  const files: Record<string, Uint8Array> = {};
  const mediaNames = Object.keys(spec.media ?? {});
  mediaNames.forEach((name, i) => {
    const bytes = spec.media?.[name] ?? new Uint8Array();
    files[String(i)] = isLatest ? writeZstdFrame(bytes) : bytes;
  });
  if (isLatest) {
    files.meta = writeMessage([varintField(1, 3)]);
    files['collection.anki21b'] = writeZstdFrame(collection);
    files['collection.anki2'] = buildCollection(sql, { version: 'anki2', notes: [] }, 11);
    files.media = writeZstdFrame(
      writeMessage(mediaNames.map((name) => bytesField(1, mediaEntry(name, spec.media?.[name])))),
    );
  } else {
    files[`collection.${spec.version}`] = collection;
    files.media = new TextEncoder().encode(
      JSON.stringify(Object.fromEntries(mediaNames.map((name, i) => [String(i), name]))),
    );
  }
  return zipSync(files);
}

function mediaEntry(name: string, bytes: Uint8Array | undefined): Uint8Array {
  const data = bytes ?? new Uint8Array();
  const sha1 = new Uint8Array(createHash('sha1').update(data).digest());
  return writeMessage([
    bytesField(1, new TextEncoder().encode(name)),
    varintField(2, data.length),
    bytesField(3, sha1),
  ]);
}

/** The Anki card id of a note's card, as buildAnkiPackage numbers them. */
export function listCards(note: TestNote): TestCard[] {
  if (note.cards) return note.cards;
  return note.notetype.isCloze ? [{ ord: 0 }] : note.notetype.templates.map((_, ord) => ({ ord }));
}

function buildCollection(sql: SqlJsStatic, spec: TestPackage, schema: number): Uint8Array {
  const db = new sql.Database();
  db.exec(SCHEMA_11);
  if (schema >= 15) db.exec(SCHEMA_18_TABLES);
  const notetypes = [
    ...new Map(spec.notes.map((note) => [note.notetype.id, note.notetype])).values(),
  ];
  const deckNames = [
    ...new Set(
      spec.notes.flatMap((note) => [note.deck, ...listCards(note).map((c) => c.deck ?? note.deck)]),
    ),
  ];
  const deckIds = new Map(deckNames.map((name, i) => [name, FIRST_DECK_ID + i]));
  const version = spec.schemaVersion ?? schema;
  if (schema >= 15) {
    writeTables(db, notetypes, deckIds);
    db.run("INSERT INTO col VALUES (1, 0, 0, 0, ?, 0, 0, 0, '', '', '', '', '')", [version]);
  } else {
    db.run("INSERT INTO col VALUES (1, 0, 0, 0, ?, 0, 0, 0, '{}', ?, ?, '{}', '{}')", [
      version,
      JSON.stringify(toLegacyModels(notetypes)),
      JSON.stringify(
        Object.fromEntries([...deckIds].map(([name, id]) => [String(id), { id, name }])),
      ),
    ]);
  }
  let cardId = FIRST_NOTE_ID * 10;
  spec.notes.forEach((note, i) => {
    const noteId = FIRST_NOTE_ID + i;
    db.run('INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, ?)', [
      noteId,
      note.guid,
      note.notetype.id,
      note.tags && note.tags.length > 0 ? ` ${note.tags.join(' ')} ` : '',
      note.fields.join('\x1f'),
      note.fields[0] ?? '',
      '',
    ]);
    for (const card of listCards(note)) {
      cardId += 1;
      const deckId = deckIds.get(card.deck ?? note.deck) ?? 1;
      db.run('INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?)', [
        cardId,
        noteId,
        deckId,
        card.ord,
        card.queue ?? 0,
        '',
      ]);
      for (const entry of card.revlog ?? []) {
        db.run('INSERT INTO revlog VALUES (?, ?, 0, ?, 0, 0, ?, ?, ?)', [
          entry.at,
          cardId,
          entry.ease,
          entry.factor ?? 2500,
          entry.timeMs ?? 5000,
          entry.type,
        ]);
      }
    }
  });
  const bytes = db.export();
  db.close();
  return bytes;
}

function writeTables(db: Database, notetypes: TestNotetype[], deckIds: Map<string, number>): void {
  for (const type of notetypes) {
    db.run('INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)', [
      type.id,
      type.name,
      writeMessage([varintField(1, type.isCloze ? 1 : 0)]),
    ]);
    type.fields.forEach((name, ord) => {
      db.run('INSERT INTO fields VALUES (?, ?, ?, ?)', [type.id, ord, name, new Uint8Array()]);
    });
    type.templates.forEach((template, ord) => {
      const config = writeMessage([
        bytesField(1, new TextEncoder().encode(template.front)),
        bytesField(2, new TextEncoder().encode(template.back)),
      ]);
      db.run('INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)', [
        type.id,
        ord,
        template.name,
        config,
      ]);
    });
  }
  for (const [name, id] of deckIds) {
    db.run('INSERT INTO decks VALUES (?, ?, 0, 0, ?, ?)', [
      id,
      name.split('::').join('\x1f'),
      new Uint8Array(),
      writeMessage([bytesField(1, new Uint8Array())]),
    ]);
  }
}

function toLegacyModels(notetypes: TestNotetype[]) {
  return Object.fromEntries(
    notetypes.map((type) => [
      String(type.id),
      {
        id: type.id,
        name: type.name,
        type: type.isCloze ? 1 : 0,
        flds: type.fields.map((name, ord) => ({ name, ord })),
        tmpls: type.templates.map((template, ord) => ({
          name: template.name,
          ord,
          qfmt: template.front,
          afmt: template.back,
        })),
      },
    ]),
  );
}

type Field = Uint8Array;

function writeVarint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}

function varintField(field: number, value: number): Field {
  return new Uint8Array([...writeVarint(field * 8), ...writeVarint(value)]);
}

function bytesField(field: number, bytes: Uint8Array): Field {
  return new Uint8Array([...writeVarint(field * 8 + 2), ...writeVarint(bytes.length), ...bytes]);
}

export function writeMessage(fields: readonly Field[]): Uint8Array {
  return concat(fields);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
/** Single segment, an 8-byte content size, no checksum, no dictionary. */
const ZSTD_FRAME_HEADER = 0xe0;
const ZSTD_MAX_BLOCK = 128 * 1024;

/**
 * A zstd frame of raw (stored) blocks: valid zstd that any decoder reads, though nothing is
 * compressed. Node 20 has no zstd compressor, and none is needed to test reading.
 */
export function writeZstdFrame(bytes: Uint8Array): Uint8Array {
  const size = new Uint8Array(8);
  new DataView(size.buffer).setBigUint64(0, BigInt(bytes.length), true);
  const parts: Uint8Array[] = [new Uint8Array([...ZSTD_MAGIC, ZSTD_FRAME_HEADER]), size];
  let at = 0;
  do {
    const block = bytes.subarray(at, at + ZSTD_MAX_BLOCK);
    at += block.length;
    const isLast = at >= bytes.length ? 1 : 0;
    const header = (block.length << 3) | isLast;
    parts.push(new Uint8Array([header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff]), block);
  } while (at < bytes.length);
  return concat(parts);
}
