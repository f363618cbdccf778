// One definition of the production headers, used by `npm start`'s server and documented for static hosts.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Cards may show remote images; nothing else leaves the origin.
  "img-src 'self' https: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

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
export const optimizerWorkerHeaders: Record<string, string> = {
  ...securityHeaders,
  ...isolation,
  'Content-Security-Policy': contentSecurityPolicy.replace(
    "script-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
  ),
};
