// Import from a link: the page fetches the bank (the import worker's policy is the page's, and
// its progress belongs to the screen), then hands it to the import job as a file.

import { MAX_IMPORT_FILE_BYTES } from '../../domain/deck-import/import-limits';
import {
  type LinkTarget,
  type ResolvedLink,
  resolveImportLink,
} from '../../domain/deck-import/import-link';
import {
  checkLinkBody,
  checkLinkContentType,
  describeLinkProblem,
  type LinkProblem,
} from '../../domain/deck-import/link-problems';
import { describeError } from '../../domain/describe-error';

export type LinkProgress = { received: number; total: number | null };

export type LinkDownload =
  | { kind: 'file'; file: File }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

export type LinkDownloadOptions = {
  onProgress: (progress: LinkProgress) => void;
  signal?: AbortSignal;
  /** For tests; the page's own by default. */
  fetcher?: typeof fetch;
  isOnline?: () => boolean;
  extraOrigins?: readonly string[];
  maxBytes?: number;
};

/** The https origins a site added at build time (DRILLBOOK_IMPORT_ORIGINS; see the README). */
export const builtInImportOrigins: readonly string[] = __DRILLBOOK_IMPORT_ORIGINS__;

/** Where a pasted link leads, or the message that says why it cannot be imported. */
export function resolveLinkText(
  text: string,
  extraOrigins: readonly string[] = builtInImportOrigins,
): { kind: 'target'; target: LinkTarget } | { kind: 'failed'; message: string } {
  const trimmed = text.trim();
  // `github.com/o/r/blob/...` as people copy it from a chat: the scheme is implied.
  const withScheme = /^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(trimmed) ? `https://${trimmed}` : trimmed;
  if (!URL.canParse(withScheme)) return fail({ kind: 'invalid', text: trimmed }, trimmed);
  const resolved: ResolvedLink = resolveImportLink(new URL(withScheme), extraOrigins);
  return resolved.kind === 'target' ? resolved : fail(resolved.refusal, trimmed);
}

/** Downloads the bank a link leads to, with its progress; never rejects. */
export async function downloadLink(
  text: string,
  options: LinkDownloadOptions,
): Promise<LinkDownload> {
  const resolved = resolveLinkText(text, options.extraOrigins);
  if (resolved.kind === 'failed') return resolved;
  const { target } = resolved;
  const source = `${target.fileName} from ${target.host}`;
  const isOnline = options.isOnline ?? (() => navigator.onLine);
  if (!isOnline()) return fail({ kind: 'offline' }, source);
  try {
    const response = await (options.fetcher ?? fetch)(target.url, {
      signal: options.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    const bytes = await readResponse(response, options);
    if (!(bytes instanceof Uint8Array)) return fail(bytes, source);
    const problem = checkLinkBody(bytes, target.fileName);
    if (problem) return fail(problem, source);
    const file = new File([bytes], target.fileName, { type: 'text/markdown' });
    return { kind: 'file', file };
  } catch (error) {
    if (options.signal?.aborted) return { kind: 'cancelled' };
    // fetch() says no more than TypeError for a CORS refusal, a blocked host and a lost network.
    if (!isOnline()) return fail({ kind: 'offline' }, source);
    if (error instanceof TypeError) return fail({ kind: 'blocked', host: target.host }, source);
    return { kind: 'failed', message: `${source}: ${describeError(error)}` };
  }
}

/** The body as bytes, within the size limit, reporting what has arrived; or why not. */
async function readResponse(
  response: Response,
  options: LinkDownloadOptions,
): Promise<Uint8Array<ArrayBuffer> | LinkProblem> {
  if (!response.ok) {
    return { kind: 'http', status: response.status, statusText: response.statusText };
  }
  const typeProblem = checkLinkContentType(response.headers.get('Content-Type'));
  if (typeProblem) return typeProblem;
  const limit = options.maxBytes ?? MAX_IMPORT_FILE_BYTES;
  const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
  const total = Number.isFinite(declared) ? declared : null;
  if (total !== null && total > limit) return { kind: 'too-large', bytes: total, limit };
  const chunks: Uint8Array[] = [];
  let received = 0;
  options.onProgress({ received, total });
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel();
      return { kind: 'too-large', bytes: received, limit };
    }
    chunks.push(value);
    options.onProgress({ received, total });
  }
  return joinChunks(chunks, received);
}

function joinChunks(chunks: readonly Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function fail(problem: LinkProblem, source: string): { kind: 'failed'; message: string } {
  return { kind: 'failed', message: describeLinkProblem(problem, source) };
}
