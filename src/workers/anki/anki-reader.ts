// Reads an Anki package (.apkg, .colpkg) whole: the zip, its `meta`, the collection that
// `meta` names, and its media (docs/architecture.md, "Anki packages"). Loaded only when an
// Anki file is imported: it carries sql.js, whose wasm is fetched on first use.
import { type Unzipped, unzipSync } from 'fflate';
import { decompress } from 'fzstd';
import type { SqlJsStatic } from 'sql.js';
import type { AnkiPackage } from '../../domain/anki/anki-types';
import { guessMediaType, type MediaFile } from '../../domain/media';
import { readAnkiCollection, UnknownSchemaError } from './anki-collection-reader';
import { readProtoFields, readProtoMessages, readProtoString, readProtoVarint } from './protobuf';

const LEGACY_1 = 1;
const LEGACY_2 = 2;
const LATEST = 3;
const COLLECTION_FILES: Record<number, string> = {
  [LEGACY_1]: 'collection.anki2',
  [LEGACY_2]: 'collection.anki21',
  [LATEST]: 'collection.anki21b',
};
const META_VERSION_FIELD = 1;
const MEDIA_ENTRIES_FIELD = 1;
const MEDIA_NAME_FIELD = 1;
const MEDIA_LEGACY_ZIP_NAME_FIELD = 255;
/** A zip's unpacked size is checked before it is unpacked: a small file may unpack to gigabytes. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

/** Why a package cannot be read, in words for its file name to precede. */
export class AnkiPackageError extends Error {
  override readonly name = 'AnkiPackageError';
}

/**
 * The package's collection and media, or an AnkiPackageError saying what is wrong: not a zip,
 * not an Anki package, a collection that is no SQLite database, a version Drillbook cannot read.
 */
export async function readAnkiPackage(bytes: Uint8Array, sql: SqlJsStatic): Promise<AnkiPackage> {
  const zip = unzipPackage(bytes);
  const version = readPackageVersion(zip);
  const isLatest = version === LATEST;
  const stored = zip[COLLECTION_FILES[version] ?? ''];
  if (stored === undefined) {
    throw new AnkiPackageError('is a zip file but not an Anki package (it holds no collection)');
  }
  const collectionBytes = isLatest ? unpackZstd(stored, 'the collection') : stored;
  const collection = readCollection(sql, collectionBytes);
  const media = await readMedia(zip, isLatest);
  return { collection, media };
}

function unzipPackage(bytes: Uint8Array): Unzipped {
  let unpacked = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) {
          throw new AnkiPackageError('unpacks to more than 1 GB; Drillbook cannot import it');
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AnkiPackageError) throw error;
    throw new AnkiPackageError('is not an Anki package: it cannot be read as a zip file');
  }
}

/** `meta` decides; without it, the newest legacy collection present (as Anki reads it). */
function readPackageVersion(zip: Unzipped): number {
  const meta = zip.meta;
  if (meta === undefined) return zip['collection.anki21'] ? LEGACY_2 : LEGACY_1;
  let version = 0;
  try {
    version = readProtoVarint(readProtoFields(meta), META_VERSION_FIELD);
  } catch {
    throw new AnkiPackageError('is not an Anki package: its "meta" entry cannot be read');
  }
  if (COLLECTION_FILES[version] === undefined) {
    throw new AnkiPackageError(
      `is an Anki package of version ${version}, which this Drillbook cannot read; export it from Anki again, or update Drillbook`,
    );
  }
  return version;
}

function unpackZstd(bytes: Uint8Array, what: string): Uint8Array {
  try {
    return decompress(bytes);
  } catch {
    throw new AnkiPackageError(`is damaged: ${what} cannot be decompressed`);
  }
}

function readCollection(sql: SqlJsStatic, bytes: Uint8Array) {
  let db: InstanceType<SqlJsStatic['Database']> | null = null;
  try {
    db = new sql.Database(bytes);
    return readAnkiCollection(db);
  } catch (error) {
    if (error instanceof UnknownSchemaError) {
      throw new AnkiPackageError(
        `holds a collection of Anki schema version ${error.version}, which Drillbook cannot read; export it again from a current Anki`,
      );
    }
    throw new AnkiPackageError('is damaged: its collection is not a readable SQLite database');
  } finally {
    db?.close();
  }
}

/** Media by the names notes use; a file that is missing, unreadable or not an image is left out. */
async function readMedia(
  zip: Unzipped,
  isLatest: boolean,
): Promise<ReadonlyMap<string, MediaFile>> {
  const media = new Map<string, MediaFile>();
  const list = zip.media;
  if (list === undefined) return media;
  let entries: { name: string; zipName: string }[];
  try {
    entries = isLatest
      ? readMediaEntries(unpackZstd(list, 'the media list'))
      : readLegacyMediaMap(list);
  } catch (error) {
    if (error instanceof AnkiPackageError) throw error;
    throw new AnkiPackageError('is damaged: its media list cannot be read');
  }
  for (const { name, zipName } of entries) {
    // Images only, of the types Drillbook stores: sound, video and SVG stay behind.
    const type = guessMediaType(name);
    const stored = zip[zipName];
    if (type === null || stored === undefined) continue;
    const bytes = isLatest ? unpackZstd(stored, `the image ${name}`) : stored;
    media.set(name, { key: await hashKey(bytes, readExtension(name)), type, bytes });
  }
  return media;
}

function readMediaEntries(bytes: Uint8Array): { name: string; zipName: string }[] {
  return readProtoMessages(readProtoFields(bytes), MEDIA_ENTRIES_FIELD).map((entry, index) => {
    const fields = readProtoFields(entry);
    const legacy = fields.find((field) => field.field === MEDIA_LEGACY_ZIP_NAME_FIELD);
    return {
      name: readProtoString(fields, MEDIA_NAME_FIELD),
      zipName: String(legacy === undefined ? index : legacy.varint),
    };
  });
}

function readLegacyMediaMap(bytes: Uint8Array): { name: string; zipName: string }[] {
  const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof parsed !== 'object' || parsed === null) return [];
  return Object.entries(parsed).flatMap(([zipName, name]) =>
    typeof name === 'string' ? [{ name, zipName }] : [],
  );
}

function readExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

const HEX_RADIX = 16;

/** A content hash and the extension: the same image under two names is stored once. */
async function hashKey(bytes: Uint8Array, extension: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice()));
  const hex = [...digest].map((byte) => byte.toString(HEX_RADIX).padStart(2, '0')).join('');
  return `${hex}.${extension}`;
}
