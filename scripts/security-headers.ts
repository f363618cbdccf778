// One definition of the production headers, used by `npm start`'s server and documented for static hosts.
import { LINK_ORIGINS } from '../src/domain/deck-import/import-link';

/** Development sync servers (`npm run sync-server`) on this machine: a page may always reach them. */
export const localSyncSources = ['http://localhost:*', 'http://127.0.0.1:*'] as const;

/**
 * The sync server's origin as `connect-src` takes it (e.g. `https://couch.example.com`), or
 * null when none is given. Anything but a bare https origin is refused, so a typo cannot widen
 * the policy.
 */
export function readSyncOrigin(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  return readHttpsOrigin(value.trim(), 'DRILLBOOK_SYNC_ORIGIN', 'https://couch.example.com');
}

/**
 * Hosts a site lets Import from a link reach besides GitHub's raw files, read at build time
 * (the app names them in its messages) from DRILLBOOK_IMPORT_ORIGINS: https origins separated
 * by commas or spaces, each refused unless it is a bare https origin.
 */
export function readImportOrigins(value: string | undefined): string[] {
  const origins = (value ?? '').split(/[\s,]+/).filter((origin) => origin !== '');
  return origins.map((origin) =>
    readHttpsOrigin(origin, 'DRILLBOOK_IMPORT_ORIGINS', 'https://git.example.com'),
  );
}

function readHttpsOrigin(value: string, variable: string, example: string): string {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (
    url === null ||
    url.protocol !== 'https:' ||
    !/^[a-z0-9.-]+$/.test(url.hostname) ||
    url.href !== `${url.origin}/`
  ) {
    throw new Error(`${variable} must be an https origin such as ${example}, not "${value}"`);
  }
  return url.origin;
}

/**
 * The page's policy; `syncOrigin` is the CouchDB server's origin, if it is on another site, and
 * `importOrigins` the hosts a site adds for Import from a link.
 */
export function createContentSecurityPolicy(
  syncOrigin: string | null = null,
  importOrigins: readonly string[] = [],
): string {
  const connect = [
    "'self'",
    ...localSyncSources,
    ...LINK_ORIGINS,
    ...importOrigins,
    ...(syncOrigin === null ? [] : [syncOrigin]),
  ];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // Cards may show remote images.
    "img-src 'self' https: blob:",
    // Sync (the CouchDB server's origin, development servers on this machine) and Import from
    // a link (GitHub's raw files, and the hosts a site adds).
    `connect-src ${connect.join(' ')}`,
    "font-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const contentSecurityPolicy = createContentSecurityPolicy();

/**
 * The headers `npm start` sends; it reads the sync server's origin from DRILLBOOK_SYNC_ORIGIN
 * and the import hosts from DRILLBOOK_IMPORT_ORIGINS.
 */
export function createSecurityHeaders(
  syncOrigin: string | null = null,
  importOrigins: readonly string[] = [],
): Record<string, string> {
  return {
    ...securityHeaders,
    'Content-Security-Policy': createContentSecurityPolicy(syncOrigin, importOrigins),
  };
}

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), geolocation=(), payment=(), usb=(), microphone=(self)',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Cross-origin isolation for the optimizer's page only. Its WebAssembly threads share memory
 * (SharedArrayBuffer), which needs `crossOriginIsolated`. The rest of the app stays as it is:
 * an isolated page would refuse the card images its service worker caches (opaque responses
 * without Cross-Origin-Resource-Policy), whichever COEP value it used. The optimizer page shows
 * no card, so it can use `require-corp`, the value every browser supports.
 */
export const optimizerPagePaths = ['/optimizer.html', '/optimizer'] as const;

/** The optimizer's worker scripts and wasm, kept apart so that headers can name them. */
export const optimizerAssetsPrefix = '/assets/optimizer/';

// securityHeaders already carries Cross-Origin-Opener-Policy: same-origin.
const isolation = { 'Cross-Origin-Embedder-Policy': 'require-corp' };

export const optimizerPageHeaders: Record<string, string> = { ...securityHeaders, ...isolation };

/**
 * A worker takes its policy from its own script's response: the optimizer's must be isolated
 * too, and may compile WebAssembly ('wasm-unsafe-eval', which allows no other eval). The
 * pages keep `script-src 'self'`.
 */
const wasmContentSecurityPolicy = contentSecurityPolicy.replace(
  "script-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
);

export const optimizerWorkerHeaders: Record<string, string> = {
  ...securityHeaders,
  ...isolation,
  'Content-Security-Policy': wasmContentSecurityPolicy,
};

/** The import worker's script, kept apart so that headers can name it. */
export const importWorkerAssetsPrefix = '/assets/import/';

/**
 * The import worker reads Anki packages with sql.js, which compiles WebAssembly: its script
 * (and so the worker) gets 'wasm-unsafe-eval', and nothing else changes. It is not isolated,
 * and the pages keep `script-src 'self'`.
 */
export const importWorkerHeaders: Record<string, string> = {
  ...securityHeaders,
  'Content-Security-Policy': wasmContentSecurityPolicy,
};
