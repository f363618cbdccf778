import { checkImportFile } from '../domain/deck-import/import-limits';
import type { ImportSource } from '../domain/deck-import/import-messages';
import { createProblem, type ImportProblem } from '../domain/deck-import/import-problem';
import {
  checkImportText,
  checkTextBytes,
  describeInvalidUtf8,
} from '../domain/deck-import/text-bytes';

export const UNREADABLE =
  'could not be read (was it moved, deleted or changed since it was chosen?)';

export type ReadSource =
  | { ok: true; name: string; text: string }
  | { ok: false; problem: ImportProblem };

/**
 * A source's text, or why it cannot be read: the name and size are checked before a byte is
 * read (a 2 GB file is refused at once), then the bytes, then strict UTF-8 decoding, then the
 * text (a pasted text only this last check).
 */
export async function readSource(source: ImportSource<Blob>): Promise<ReadSource> {
  if (!('file' in source)) {
    if (source.text.trim() === '') {
      return { ok: false, problem: createProblem(source.name, null, 'the pasted text is empty') };
    }
    return withCheckedText(source.name, source.text);
  }
  const refused = checkImportFile(source.name, source.file.size);
  if (refused) return { ok: false, problem: refused };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await source.file.arrayBuffer());
  } catch {
    return { ok: false, problem: createProblem(source.name, null, UNREADABLE) };
  }
  const problem = checkTextBytes(bytes, source.name);
  if (problem) return { ok: false, problem };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return withCheckedText(source.name, text);
  } catch {
    return { ok: false, problem: describeInvalidUtf8(bytes, source.name) };
  }
}

/** A pasted text and a file's go through the same check. */
function withCheckedText(name: string, text: string): ReadSource {
  const checked = checkImportText(text, name);
  return checked.ok ? { ok: true, name, text: checked.text } : checked;
}
