import { describe, expect, it } from 'vitest';
import {
  checkImportFile,
  IMPORT_ACCEPT,
  MAX_IMPORT_FILE_BYTES,
} from '../../../src/domain/deck-import/import-limits';

describe('checkImportFile', () => {
  it('accepts every format of the Import contract, whatever the case of the extension', () => {
    for (const name of ['a.md', 'b.MARKDOWN', 'c.txt', 'd.csv', 'e.tsv', 'f.Json']) {
      expect(checkImportFile(name, 10)).toBeNull();
    }
    expect(IMPORT_ACCEPT).toBe('.md,.markdown,.txt,.csv,.tsv,.json,.apkg,.colpkg');
  });

  it('refuses another file type by name, before reading it', () => {
    const problem = checkImportFile('slides.pdf', 1000);
    expect(problem).toEqual({
      file: 'slides.pdf',
      line: null,
      message:
        'Drillbook cannot import .pdf files; choose a .md, .markdown, .txt, .csv, .tsv, .json or Anki (.apkg, .colpkg) file',
    });
    expect(checkImportFile('README', 10)?.message).toContain('files without an extension');
  });

  it('refuses a file over 50 MB from its size alone, and an empty file', () => {
    expect(checkImportFile('huge.md', MAX_IMPORT_FILE_BYTES)).toBeNull();
    expect(checkImportFile('huge.md', MAX_IMPORT_FILE_BYTES + 1)?.message).toBe(
      'the file is 50.0 MB, over the 50 MB limit; split it into smaller decks',
    );
    expect(checkImportFile('huge.md', 80 * 1024 * 1024)?.message).toContain('80 MB');
    expect(checkImportFile('empty.md', 0)?.message).toBe('the file is empty');
  });
});
