import { createProblem, type ImportProblem } from './import-problem';

const LINE_FEED = 0x0a;

// Signatures of files people drop by mistake; each gets a message that says what it is.
const SIGNATURES: readonly { bytes: readonly number[]; message: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    message:
      'is a ZIP archive (an Anki .apkg, a .docx or a .zip), not text; in Anki, export the notes as plain text instead',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], message: 'is a PDF document, not text' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], message: 'is a PNG image, not text' },
  { bytes: [0xff, 0xd8, 0xff], message: 'is a JPEG image, not text' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], message: 'is an SQLite database, not text' },
];

/**
 * Checks the raw bytes before they are decoded: an empty file, a UTF-16 file, a binary file.
 * Decoding (and its UTF-8 check) is left to the caller, which has a TextDecoder.
 */
export function checkTextBytes(bytes: Uint8Array, file: string): ImportProblem | null {
  if (isBlank(bytes)) return createProblem(file, null, 'the file is empty');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return createProblem(file, null, 'is saved as UTF-16; save it as UTF-8 and import it again');
  }
  const signature = SIGNATURES.find((known) => startsWith(bytes, known.bytes));
  if (signature) return createProblem(file, null, signature.message);
  const zero = bytes.indexOf(0);
  if (zero >= 0) {
    return createProblem(
      file,
      lineAt(bytes, zero),
      'the file looks binary, not text (it contains a zero byte); Drillbook imports text files only',
    );
  }
  return null;
}

// Control characters that text never needs (tab, line feed and carriage return stay): they are
// invisible on a card and break search and export, so every import drops them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose.
const CONTROL_CHARACTERS = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export type CheckedText = { ok: true; text: string } | { ok: false; problem: ImportProblem };

/**
 * Decoded text as every import takes it, a file's or a pasted one's: a zero character refuses
 * it (as checkTextBytes refuses a file's zero byte), other control characters are dropped.
 */
export function checkImportText(text: string, file: string): CheckedText {
  const zero = text.indexOf('\u0000');
  if (zero >= 0) {
    const line = text.slice(0, zero).split('\n').length;
    return {
      ok: false,
      problem: createProblem(
        file,
        line,
        'the text looks binary (it contains a zero character); Drillbook imports text only',
      ),
    };
  }
  return { ok: true, text: text.replace(CONTROL_CHARACTERS, '') };
}

/** The problem to report when the strict UTF-8 decoder refused the bytes. */
export function describeInvalidUtf8(bytes: Uint8Array, file: string): ImportProblem {
  const offset = findInvalidUtf8(bytes);
  const line = offset < 0 ? null : lineAt(bytes, offset);
  return createProblem(
    file,
    line,
    'is not valid UTF-8 text (perhaps Latin-1 or Windows-1252); save it as UTF-8 and import it again',
  );
}

/** Byte offset of the first byte that breaks UTF-8 (RFC 3629), or -1 when the bytes are valid. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = readSequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

function readSequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i] ?? 0;
  if (first < 0x80) return 1;
  let length: number;
  let min: number;
  let max: number;
  if (first >= 0xc2 && first <= 0xdf) [length, min, max] = [2, 0x80, 0xbf];
  else if (first === 0xe0) [length, min, max] = [3, 0xa0, 0xbf];
  else if (first === 0xed) [length, min, max] = [3, 0x80, 0x9f];
  else if (first >= 0xe1 && first <= 0xef) [length, min, max] = [3, 0x80, 0xbf];
  else if (first === 0xf0) [length, min, max] = [4, 0x90, 0xbf];
  else if (first >= 0xf1 && first <= 0xf3) [length, min, max] = [4, 0x80, 0xbf];
  else if (first === 0xf4) [length, min, max] = [4, 0x80, 0x8f];
  else return 0;
  // The second byte has the tighter range (no overlongs, no surrogates, nothing past U+10FFFF).
  const second = bytes[i + 1];
  if (second === undefined || second < min || second > max) return 0;
  for (let k = 2; k < length; k += 1) {
    const next = bytes[i + k];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** 1-based line of a byte offset. */
export function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  let from = 0;
  for (;;) {
    const next = bytes.indexOf(LINE_FEED, from);
    if (next < 0 || next >= offset) return line;
    line += 1;
    from = next + 1;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

// A UTF-8 byte order mark and whitespace alone make an empty file.
function isBlank(bytes: Uint8Array): boolean {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  for (let i = start; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return true;
}
