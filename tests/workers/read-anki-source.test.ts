import { describe, expect, it } from 'vitest';
import { MAX_ANKI_FILE_BYTES } from '../../src/domain/deck-import/import-limits';
import { isAnkiFileName, readAnkiSource } from '../../src/workers/read-anki-source';

/** A file that says it is large without holding the bytes: the size is checked before reading. */
class LargeBlob extends Blob {
  constructor(private readonly claimedSize: number) {
    super(['PK']);
  }

  override get size(): number {
    return this.claimedSize;
  }
}

describe('readAnkiSource', () => {
  it('knows Anki packages by their extension', () => {
    expect(['deck.apkg', 'all.COLPKG'].map(isAnkiFileName)).toEqual([true, true]);
    expect(['deck.zip', 'deck.apkg.txt'].map(isAnkiFileName)).toEqual([false, false]);
  });

  it('refuses a package over the limit by its size, naming the file, before reading a byte', async () => {
    const read = await readAnkiSource({
      name: 'everything.colpkg',
      file: new LargeBlob(MAX_ANKI_FILE_BYTES + 1),
    });
    expect(read).toEqual({
      ok: false,
      problem: {
        file: 'everything.colpkg',
        line: null,
        message:
          'the file is 200.0 MB, over the 200 MB limit; export the decks from Anki one at a time, or without media',
      },
    });
  });
});
