// Why a link could not be imported, and what the user reads about it. The page fetches; these
// checks and messages are pure, so each case is tested without a network.

import { formatMegabytes } from './import-limits';
import { isClosedCodeHost, type LinkRefusal } from './import-link';
import { checkTextBytes } from './text-bytes';

export type LinkProblem =
  | LinkRefusal
  | { kind: 'invalid'; text: string }
  | { kind: 'offline' }
  /** fetch() threw while online: the host sends no CORS header, or the page's policy blocks it. */
  | { kind: 'blocked'; host: string }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'html' }
  | { kind: 'not-text'; reason: string }
  | { kind: 'too-large'; bytes: number; limit: number };

const HTML_CONTENT_TYPES = ['text/html', 'application/xhtml+xml'];
const BINARY_CONTENT_TYPES = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-tar|x-7z)/;
const HTML_STARTS = ['<!doctype html', '<html', '<head', '<!--'];
/** Enough of the start of a body to tell a web page from a bank. */
const SNIFF_BYTES = 1024;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/** A web page or a binary file, by the Content-Type the server sent; null when it may be text. */
export function checkLinkContentType(contentType: string | null): LinkProblem | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (HTML_CONTENT_TYPES.includes(type)) return { kind: 'html' };
  if (BINARY_CONTENT_TYPES.test(type)) {
    return { kind: 'not-text', reason: `the server sends it as ${type}, not text` };
  }
  return null;
}

/** A web page or a binary file, by the bytes received; null when they read as text. */
export function checkLinkBody(bytes: Uint8Array, fileName: string): LinkProblem | null {
  if (looksLikeHtml(bytes)) return { kind: 'html' };
  const problem = checkTextBytes(bytes, fileName);
  return problem === null ? null : { kind: 'not-text', reason: problem.message };
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  let start = BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte) ? BYTE_ORDER_MARK.length : 0;
  while (start < bytes.length && isSpace(bytes[start] ?? 0)) start += 1;
  const head = String.fromCharCode(...bytes.subarray(start, start + SNIFF_BYTES)).toLowerCase();
  // A comment may open a markdown file too; only one followed by a page counts.
  if (head.startsWith('<!--')) return /^<!--[\s\S]*?-->\s*<(!doctype html|html)/.test(head);
  return HTML_STARTS.some((start) => head.startsWith(start));
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

const DOWNLOAD_ADVICE = 'Download the file and import it with Import deck instead.';

/** What the user reads; `source` names the link (its file name and host) once it is known. */
export function describeLinkProblem(problem: LinkProblem, source: string): string {
  switch (problem.kind) {
    case 'invalid':
      return `"${problem.text}" is not a link: paste the address of a markdown file, starting with https://`;
    case 'scheme':
      return `Only https:// links can be imported, not ${problem.protocol} links.`;
    case 'insecure':
      return `${problem.host} is a plain http:// link, which anyone on the network could change on the way: use its https:// address (plain http only for localhost).`;
    case 'not-a-file':
      return `That ${problem.host} link is not a file: open the markdown file itself and copy its address (or its Raw link).`;
    case 'host':
      return describeHostRefusal(problem.host, problem.allowed);
    case 'offline':
      return `You are offline: importing ${source} needs the internet. Connect and try again, or import a downloaded file with Import deck.`;
    case 'blocked':
      return `${problem.host} refused the request for ${source}: it does not let other sites read its files (CORS), or this site's security policy does not allow that host. ${DOWNLOAD_ADVICE}`;
    case 'http':
      return `${source}: the server answered ${problem.status}${problem.statusText ? ` ${problem.statusText}` : ''}${describeStatus(problem.status)}.`;
    case 'html':
      return `${source} is a web page, not a markdown file: on GitHub, open the file and use its Raw link.`;
    case 'not-text':
      return `${source} is not a markdown file: ${problem.reason}.`;
    case 'too-large':
      return `${source} is over the ${formatMegabytes(problem.limit)} limit; split it into smaller decks.`;
  }
}

function describeHostRefusal(host: string, allowed: readonly string[]): string {
  const why = isClosedCodeHost(host) ? `${host} does not let other sites read its files, so ` : '';
  return `${why}Drillbook imports links only from ${allowed.join(', ')} (GitHub file and gist pages work too), not from ${host}. ${DOWNLOAD_ADVICE}`;
}

function describeStatus(status: number): string {
  if (status === 404)
    return ': there is no file at that address; check the link, and that the repository is public';
  if (status === 401 || status === 403) return ': the file is private or needs a login';
  if (status >= 500) return ': the server has a problem; try again later';
  return '';
}

/** Progress of a download in words: "Received 12 KB of 40 KB", or without a total. */
export function describeLinkProgress(received: number, total: number | null): string {
  const of = total === null ? '' : ` of ${formatKilobytes(total)}`;
  return `Received ${formatKilobytes(received)}${of}`;
}

function formatKilobytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return formatMegabytes(bytes);
  return `${Math.ceil(bytes / 1024)} KB`;
}
