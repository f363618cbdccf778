// The lazily loaded part of an Anki import (docs/architecture.md, "Anki packages"): sql.js,
// its wasm, the zip and zstd readers. Nothing here loads until an Anki file is imported.
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { convertAnkiPackage } from '../../domain/anki/anki-convert';
import type { AnkiImport } from '../../domain/anki/anki-types';
import { AnkiPackageError, readAnkiPackage } from './anki-reader';

export { AnkiPackageError };

let sql: Promise<SqlJsStatic> | null = null;

function loadSql(): Promise<SqlJsStatic> {
  sql ??= initSqlJs({ locateFile: () => wasmUrl });
  return sql;
}

/** A package's bytes as the decks, statuses, history and media that Drillbook writes. */
export async function readAnkiImport(bytes: Uint8Array, fileName: string): Promise<AnkiImport> {
  let loaded: SqlJsStatic;
  try {
    loaded = await loadSql();
  } catch {
    sql = null;
    // Offline before the reader was ever cached, or a host whose policy forbids WebAssembly
    // in the import worker (docs/static-hosting.md).
    throw new AnkiPackageError(
      "could not be read: the Anki reader did not load (offline on a first Anki import, or a site policy without 'wasm-unsafe-eval' for the import worker); try again online",
    );
  }
  return convertAnkiPackage(await readAnkiPackage(bytes, loaded), fileName);
}
