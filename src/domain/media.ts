import { hashText } from './deck-sync/content-hash';

// Images that imported decks carry (docs/architecture.md, "Media"): stored on this device,
// referenced from card markdown as `![alt](media:<key>)`, rendered from the stored bytes.

/** One image as an import hands it over: its key (the name cards use), MIME type and bytes. */
export type MediaFile = { key: string; type: string; bytes: Uint8Array };

/** The scheme of a card's reference to a stored image: `media:<key>`. */
export const MEDIA_URL_SCHEME = 'media:';

/** Characters of a key: far above any file name Anki writes, small enough for an index. */
export const MAX_MEDIA_KEY_LENGTH = 200;
/** Bytes of one image: a screenshot or a diagram is well under it. */
export const MAX_MEDIA_FILE_BYTES = 5 * 1024 * 1024;
/** Bytes of all the images of one import, so that one package cannot fill the device. */
export const MAX_MEDIA_IMPORT_BYTES = 200 * 1024 * 1024;

/**
 * Raster formats only. SVG is left out: it is a document that may hold scripts, and an image
 * shown from an object URL runs in the app's origin when the user opens it in a tab of its
 * own. Rendering SVG safely would need a sanitizer of its own.
 */
export const MEDIA_IMAGE_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
] as const;

export type MediaImageType = (typeof MEDIA_IMAGE_TYPES)[number];

// Letters, digits, dot, underscore and hyphen: safe in a URL, a file name and a markdown link.
const MEDIA_KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Whether `key` may name a stored image: [A-Za-z0-9._-], not starting with a dot, bounded. */
export function isMediaKey(key: string): boolean {
  return key.length <= MAX_MEDIA_KEY_LENGTH && MEDIA_KEY.test(key);
}

export function isMediaImageType(type: string): type is MediaImageType {
  return MEDIA_IMAGE_TYPES.some((allowed) => allowed === type);
}

/** The key a `media:<key>` address names, or null when it is not one (or not a valid key). */
export function readMediaKey(url: string): string | null {
  if (!url.toLowerCase().startsWith(MEDIA_URL_SCHEME)) return null;
  const key = url.slice(MEDIA_URL_SCHEME.length);
  return isMediaKey(key) ? key : null;
}

const UNSAFE_KEY_CHARS = /[^A-Za-z0-9._-]+/g;
const EXTENSION = /\.[A-Za-z0-9]{1,8}$/;
// The hash (16 hex digits), its hyphen and an extension must fit in a key.
const MAX_KEPT_NAME_CHARS = MAX_MEDIA_KEY_LENGTH - 32;

/**
 * A valid key for any file name, the same every time: a name that is a key already stays as
 * it is; any other (spaces, accents, "../") keeps its safe characters and its extension and
 * gains a hash of the whole name, so that two names never share a key. An import rewrites its
 * cards' references with the same function.
 */
export function toMediaKey(fileName: string): string {
  if (isMediaKey(fileName)) return fileName;
  const extension = EXTENSION.exec(fileName)?.[0] ?? '';
  const stem = fileName
    .slice(0, fileName.length - extension.length)
    .replace(UNSAFE_KEY_CHARS, '-')
    .replace(/^[.-]+/, '')
    .slice(0, MAX_KEPT_NAME_CHARS);
  const hash = hashText(fileName);
  return `${stem === '' ? 'media' : stem}-${hash}${extension}`;
}

const EXTENSION_TYPES: Readonly<Record<string, MediaImageType>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
};

/** The image type a file name's extension gives, or null for anything else (SVG included). */
export function guessMediaType(fileName: string): MediaImageType | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === undefined ? null : (EXTENSION_TYPES[extension] ?? null);
}

const ASCII_RIFF = [0x52, 0x49, 0x46, 0x46];
const ASCII_WEBP = [0x57, 0x45, 0x42, 0x50];
const ASCII_FTYP = [0x66, 0x74, 0x79, 0x70];
const WEBP_TAG_OFFSET = 8;
const FTYP_OFFSET = 4;
const AVIF_BRANDS = ['avif', 'avis'];

const SIGNATURES: readonly { type: MediaImageType; bytes: readonly number[] }[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
];

/**
 * The image type the bytes themselves say (their signature), or null when they are no image
 * of an allowed type. File names lie (a `.jpg` that is a PNG is common); the bytes do not.
 */
export function sniffImageType(bytes: Uint8Array): MediaImageType | null {
  const known = SIGNATURES.find((signature) => hasBytesAt(bytes, 0, signature.bytes));
  if (known) return known.type;
  if (hasBytesAt(bytes, 0, ASCII_RIFF) && hasBytesAt(bytes, WEBP_TAG_OFFSET, ASCII_WEBP)) {
    return 'image/webp';
  }
  if (hasBytesAt(bytes, FTYP_OFFSET, ASCII_FTYP) && readFtypBrands(bytes).some(isAvifBrand)) {
    return 'image/avif';
  }
  return null;
}

function isAvifBrand(brand: string): boolean {
  return AVIF_BRANDS.includes(brand);
}

const BRAND_LENGTH = 4;
const MAJOR_BRAND_OFFSET = 8;
// Box size, "ftyp", major brand, minor version: the compatible brands follow.
const COMPATIBLE_BRANDS_OFFSET = 16;

/** The major and compatible brands of an ISO media file's leading `ftyp` box. */
function readFtypBrands(bytes: Uint8Array): string[] {
  const boxSize = readUint32(bytes, 0);
  const end = Math.min(boxSize, bytes.length);
  const brands = [readAscii(bytes, MAJOR_BRAND_OFFSET, BRAND_LENGTH)];
  for (let at = COMPATIBLE_BRANDS_OFFSET; at + BRAND_LENGTH <= end; at += BRAND_LENGTH) {
    brands.push(readAscii(bytes, at, BRAND_LENGTH));
  }
  return brands;
}

function readUint32(bytes: Uint8Array, at: number): number {
  const [a = 0, b = 0, c = 0, d = 0] = bytes.subarray(at, at + BRAND_LENGTH);
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

function readAscii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

function hasBytesAt(bytes: Uint8Array, at: number, expected: readonly number[]): boolean {
  return expected.every((byte, i) => bytes[at + i] === byte);
}

/** A file that passed checkMediaFile: its type is the one its bytes say. */
export type CheckedMediaFile = MediaFile & { type: MediaImageType };

export type MediaProblem = { key: string; message: string };

/**
 * Checks one file and returns it as it may be stored (its type taken from its bytes), or a
 * message naming the file. The declared type must be an allowed image type too, so that an
 * SVG or a page never passes for an image by its content alone.
 */
export function checkMediaFile(file: MediaFile): { file: CheckedMediaFile } | { problem: string } {
  const name = describeMediaKey(file.key);
  if (!isMediaKey(file.key)) {
    return {
      problem: `${name} is not a valid image name (letters, digits, ".", "_" and "-" only, not starting with ".", at most ${MAX_MEDIA_KEY_LENGTH} characters)`,
    };
  }
  if (!isMediaImageType(file.type)) {
    return {
      problem: `${name} is of type "${file.type}", which is not a PNG, JPEG, GIF, WebP or AVIF image`,
    };
  }
  if (file.bytes.length === 0) return { problem: `${name} is empty` };
  if (file.bytes.length > MAX_MEDIA_FILE_BYTES) {
    return {
      problem: `${name} is ${formatMebibytes(file.bytes.length)}, over the limit of ${formatMebibytes(MAX_MEDIA_FILE_BYTES)} per image`,
    };
  }
  const type = sniffImageType(file.bytes);
  if (type === null) {
    return {
      problem: `${name} is not a PNG, JPEG, GIF, WebP or AVIF image (its content says otherwise)`,
    };
  }
  return { file: { key: file.key, type, bytes: file.bytes } };
}

const SHOWN_KEY_CHARS = 80;

/** The key as a message quotes it: shortened, so a hostile name never floods a message. */
export function describeMediaKey(key: string): string {
  const shown = key.length > SHOWN_KEY_CHARS ? `${key.slice(0, SHOWN_KEY_CHARS)}…` : key;
  return `image "${shown}"`;
}

const BYTES_PER_MEBIBYTE = 1024 * 1024;

export function formatMebibytes(bytes: number): string {
  return `${(bytes / BYTES_PER_MEBIBYTE).toFixed(1)} MiB`;
}

/**
 * The files of one import that may be stored, and a message naming each one that may not: bad
 * files, past the limit of one import, or a second file under a key with other bytes (the
 * first is kept; the same bytes again are simply dropped).
 */
export function selectMediaFiles(files: readonly MediaFile[]): {
  accepted: CheckedMediaFile[];
  problems: MediaProblem[];
} {
  const accepted = new Map<string, CheckedMediaFile>();
  const problems: MediaProblem[] = [];
  let totalBytes = 0;
  for (const file of files) {
    const refuse = (message: string) => problems.push({ key: file.key, message });
    const checked = checkMediaFile(file);
    if ('problem' in checked) {
      refuse(checked.problem);
      continue;
    }
    const first = accepted.get(file.key);
    if (first !== undefined) {
      if (!isEqualBytes(first.bytes, file.bytes)) {
        refuse(
          `${describeMediaKey(file.key)} appears twice with different content; the first is kept`,
        );
      }
      continue;
    }
    if (totalBytes + file.bytes.length > MAX_MEDIA_IMPORT_BYTES) {
      refuse(
        `${describeMediaKey(file.key)} is left out: the images of one import may take at most ${formatMebibytes(MAX_MEDIA_IMPORT_BYTES)}`,
      );
      continue;
    }
    totalBytes += file.bytes.length;
    accepted.set(file.key, checked.file);
  }
  return { accepted: [...accepted.values()], problems };
}

export function isEqualBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
