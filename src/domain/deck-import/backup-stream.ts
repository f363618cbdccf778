import type { ImportProblem } from './import-problem';
import { createJsonObjectStream } from './json-object-stream';
import { type BackupParse, describeJsonError, readBackup } from './parse-backup';

export type BackupStreamParser = {
  /** The next piece of the file's text; a problem as soon as the text cannot be a backup. */
  push: (chunk: string) => ImportProblem | null;
  finish: () => BackupParse;
};

/** Parses a backup file piece by piece, then checks it as a whole file is checked. */
export function createBackupStreamParser(file: string): BackupStreamParser {
  const stream = createJsonObjectStream();
  return {
    push: (chunk) => {
      const error = stream.push(chunk);
      return error ? describeJsonError(file, error) : null;
    },
    finish: () => {
      const parsed = stream.finish();
      if (!parsed.ok) return { ok: false, problems: [describeJsonError(file, parsed)] };
      return readBackup(parsed.value, file);
    },
  };
}
