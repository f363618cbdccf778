import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { decompress } from 'fzstd';
import { describe, expect, it } from 'vitest';
import { convertAnkiPackage } from '../../src/domain/anki/anki-convert';
import { AnkiPackageError, readAnkiPackage } from '../../src/workers/anki/anki-reader';
import {
  type AnkiVersion,
  BASIC,
  buildAnkiPackage,
  CLOZE,
  loadSqlJs,
  type TestNote,
  writeMessage,
  writeZstdFrame,
} from '../support/anki-package';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'anki');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const T0 = Date.UTC(2025, 0, 6, 9);

async function readFixture(name: string) {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
  return readAnkiPackage(bytes, await loadSqlJs());
}

async function readBytes(bytes: Uint8Array) {
  return readAnkiPackage(bytes, await loadSqlJs());
}

const NOTES: TestNote[] = [
  {
    guid: 'n1',
    notetype: BASIC,
    fields: ['What is DNS? <img src="dns.png">', 'Name lookup'],
    tags: ['net'],
    deck: 'Systems::Networking',
    cards: [
      {
        ord: 0,
        queue: -1,
        revlog: [
          { at: T0, ease: 3, type: 0 },
          { at: T0 + 86_400_000, ease: 3, type: 1 },
        ],
      },
    ],
  },
  { guid: 'n2', notetype: CLOZE, fields: ['{{c1::TCP}} is reliable', ''], deck: 'Systems' },
];

describe('readAnkiPackage', () => {
  it('reads the real current package by its meta, not the dummy legacy collection', async () => {
    const pkg = await readFixture('music-intervals-anki21b.apkg');
    expect(pkg.collection.notes).toHaveLength(340);
    const converted = convertAnkiPackage(pkg, 'music-intervals-anki21b.apkg');
    expect(converted.decks.reduce((sum, deck) => sum + deck.cards.length, 0)).toBe(340);
    expect(converted.decks[0]?.cards[0]).toMatchObject({
      question: 'The perfect 5th of C is...',
      answer: 'G',
    });
  });

  it.each([
    ['oo-design.apkg', 'OO Design', 6],
    ['system-design-exercises.apkg', 'System Design Exercises', 8],
  ])('reads the real legacy package %s', async (file, title, count) => {
    const converted = convertAnkiPackage(await readFixture(file), file);
    expect(converted.decks.map((deck) => [deck.deck.title, deck.cards.length])).toEqual([
      [title, count],
    ]);
    expect(JSON.stringify(converted.decks)).not.toMatch(/<script|javascript:/i);
  });

  it.each<AnkiVersion>(['anki2', 'anki21', 'anki21b'])(
    'reads a %s package with its notes, decks, statuses, review log and images',
    async (version) => {
      const pkg = await readBytes(
        await buildAnkiPackage({ version, notes: NOTES, media: { 'dns.png': PNG } }),
      );
      expect(pkg.collection.decks.map((deck) => deck.name).sort()).toEqual([
        'Systems',
        'Systems::Networking',
      ]);
      expect(pkg.collection.notetypes.find((type) => type.isCloze)?.fields).toEqual([
        'Text',
        'Back Extra',
      ]);
      expect(pkg.collection.cards.map((card) => card.queue)).toEqual([-1, 0]);
      expect(pkg.collection.revlog.map((entry) => [entry.id, entry.ease])).toEqual([
        [T0, 3],
        [T0 + 86_400_000, 3],
      ]);
      const key = `${createHash('sha256').update(PNG).digest('hex')}.png`;
      expect(pkg.media.get('dns.png')).toEqual({ key, type: 'image/png', bytes: PNG });
      const converted = convertAnkiPackage(pkg, `test.${version}`);
      expect(converted.decks.flatMap((deck) => deck.cards.map((card) => card.question))).toEqual([
        'What is DNS?',
        '[...] is reliable',
      ]);
      expect(converted.media.map((file) => file.key)).toEqual([key]);
    },
  );

  it('refuses a file that is not a zip', async () => {
    await expect(readBytes(new Uint8Array([1, 2, 3, 4, 5]))).rejects.toThrow(
      new AnkiPackageError('is not an Anki package: it cannot be read as a zip file'),
    );
  });

  it('refuses a zip that holds no collection', async () => {
    const zip = zipSync({ 'notes.txt': new TextEncoder().encode('hello') });
    await expect(readBytes(zip)).rejects.toThrow(
      'is a zip file but not an Anki package (it holds no collection)',
    );
  });

  it('refuses a collection that is not a SQLite database', async () => {
    const garbage = new TextEncoder().encode(
      'SQLite format 3\0 but then nothing useful'.repeat(40),
    );
    await expect(readBytes(zipSync({ 'collection.anki21': garbage }))).rejects.toThrow(
      'is damaged: its collection is not a readable SQLite database',
    );
    const broken = zipSync({
      meta: writeMessage([new Uint8Array([8, 3])]),
      'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 9, 9, 9]),
    });
    await expect(readBytes(broken)).rejects.toThrow(
      'is damaged: the collection cannot be decompressed',
    );
  });

  it('refuses an unknown schema or package version', async () => {
    const schema = await buildAnkiPackage({ version: 'anki21', notes: NOTES, schemaVersion: 42 });
    await expect(readBytes(schema)).rejects.toThrow('Anki schema version 42');
    const future = zipSync({
      meta: writeMessage([new Uint8Array([8, 9])]),
      'collection.anki21b': writeZstdFrame(new Uint8Array()),
    });
    await expect(readBytes(future)).rejects.toThrow('Anki package of version 9');
  });

  it('refuses a zip that says it unpacks to more than 1 GB, before unpacking it', async () => {
    const zip = zipSync({ 'collection.anki21': new Uint8Array(10) });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const CENTRAL_HEADER = 0x02014b50;
    const UNCOMPRESSED_SIZE_OFFSET = 24;
    for (let at = 0; at + 4 <= zip.length; at += 1) {
      if (view.getUint32(at, true) === CENTRAL_HEADER) {
        view.setUint32(at + UNCOMPRESSED_SIZE_OFFSET, 0x7fffffff, true);
      }
    }
    await expect(readBytes(zip)).rejects.toThrow('unpacks to more than 1 GB');
  });
});

describe('writeZstdFrame (test support)', () => {
  it('writes frames of several raw blocks that the reader decompresses', () => {
    const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251);
    expect(decompress(writeZstdFrame(bytes))).toEqual(bytes);
    expect(decompress(writeZstdFrame(new Uint8Array()))).toEqual(new Uint8Array());
  });
});
