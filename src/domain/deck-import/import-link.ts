// A pasted link becomes the address of the file itself (a GitHub file page becomes its raw
// file), or a reason it cannot be fetched. The caller parses the text with `new URL()`; the
// domain only reads the parts (docs/architecture.md, "Import from a link").
import { readExtension } from './import-limits';

/** The parts of a parsed URL that decide where a link leads; a `URL` object has them all. */
export type LinkAddress = {
  protocol: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
};

/**
 * Hosts the page may read banks from, besides itself and development servers on this machine.
 * GitHub's raw file hosts let any site read public files (`Access-Control-Allow-Origin: *`).
 * GitLab, Codeberg and Bitbucket send no such header on their raw files, so allowing them in
 * the page's policy would widen it without making one of their links work.
 */
export const LINK_ORIGINS = [
  'https://raw.githubusercontent.com',
  'https://gist.githubusercontent.com',
] as const;

/** Servers on the user's own machine: the page's policy always lets it reach them. */
const LOCAL_HOSTS = ['localhost', '127.0.0.1'];

/** Code hosts whose pages people copy, and whose raw files other sites cannot read. */
const CLOSED_HOSTS = ['gitlab.com', 'codeberg.org', 'bitbucket.org'];

export type LinkTarget = { url: string; fileName: string; host: string };

export type LinkRefusal =
  | { kind: 'scheme'; protocol: string }
  | { kind: 'insecure'; host: string }
  | { kind: 'not-a-file'; host: string }
  | { kind: 'host'; host: string; allowed: readonly string[] };

export type ResolvedLink =
  | { kind: 'target'; target: LinkTarget }
  | { kind: 'refused'; refusal: LinkRefusal };

/**
 * Where to fetch a link from, or why not. `extraOrigins` are the https origins a site adds at
 * build time (README, "Import from a link"). Query and fragment of a converted page are dropped.
 */
export function resolveImportLink(
  address: LinkAddress,
  extraOrigins: readonly string[] = [],
): ResolvedLink {
  const { protocol, hostname } = address;
  const host = hostname.toLowerCase();
  if (protocol !== 'https:' && protocol !== 'http:') {
    return refuse({ kind: 'scheme', protocol });
  }
  const isLocal = LOCAL_HOSTS.includes(host);
  if (protocol === 'http:' && !isLocal) return refuse({ kind: 'insecure', host });
  const converted = convertCodeHostPage(host, address.pathname);
  if (converted === 'not-a-file') return refuse({ kind: 'not-a-file', host });
  if (converted !== null) return toTarget(converted.url, converted.fileName);

  const port = address.port === '' ? '' : `:${address.port}`;
  const origin = `${protocol}//${host}${port}`;
  const allowed = [...LINK_ORIGINS, ...extraOrigins];
  if (!isLocal && !allowed.includes(origin)) {
    return refuse({ kind: 'host', host, allowed: allowed.map(readHost) });
  }
  return toTarget(`${origin}${address.pathname}${address.search}`);
}

type ConvertedPage = { url: string; fileName?: string };

/** The raw file behind a GitHub file or gist page; null when the link is no such page. */
function convertCodeHostPage(host: string, pathname: string): ConvertedPage | null | 'not-a-file' {
  const parts = pathname.split('/').filter((part) => part !== '');
  if (host === 'github.com' || host === 'www.github.com') {
    // /owner/repo/blob/<ref>/path.md, or the same with `raw` in place of `blob`.
    const [owner, repo, view, ...rest] = parts;
    if ((view === 'blob' || view === 'raw') && rest.length >= 2) {
      return { url: `https://raw.githubusercontent.com/${owner}/${repo}/${rest.join('/')}` };
    }
    return 'not-a-file';
  }
  if (host === 'gist.github.com') {
    // /user/id: the gist's raw file (its first file, for a gist of several), named after the
    // gist since the page does not say which file that is.
    const [user, id, view, ...rest] = parts;
    if (user && id && view === undefined) {
      return {
        url: `https://gist.githubusercontent.com/${user}/${id}/raw`,
        fileName: `gist-${id}.md`,
      };
    }
    if (user && id && view === 'raw' && rest.length > 0) {
      return { url: `https://gist.githubusercontent.com/${user}/${id}/raw/${rest.join('/')}` };
    }
    return 'not-a-file';
  }
  return null;
}

function toTarget(url: string, fileName?: string): ResolvedLink {
  const afterScheme = url.slice(url.indexOf('//') + 2);
  const host = afterScheme.split(/[/:?]/)[0] ?? '';
  const path = afterScheme.split('?')[0] ?? '';
  const segment =
    path
      .split('/')
      .filter((part) => part !== '')
      .slice(1)
      .at(-1) ?? '';
  return { kind: 'target', target: { url, fileName: fileName ?? readFileName(segment), host } };
}

/** The file name the import shows and derives the deck's id from: the last path segment. */
function readFileName(segment: string): string {
  let name = segment;
  try {
    name = decodeURIComponent(segment);
  } catch {
    // A stray `%` is part of the name.
  }
  name = name.replace(/[\\/]/g, '-').trim();
  // A link to a bank without an extension (a server's route) is read as markdown.
  return readExtension(name) === '' ? `${name || 'linked-bank'}.md` : name;
}

function readHost(origin: string): string {
  return origin.replace(/^https?:\/\//, '');
}

function refuse(refusal: LinkRefusal): ResolvedLink {
  return { kind: 'refused', refusal };
}

/** Whether a host is one of the code hosts whose raw files no other site may read. */
export function isClosedCodeHost(host: string): boolean {
  return CLOSED_HOSTS.some((closed) => host === closed || host.endsWith(`.${closed}`));
}
