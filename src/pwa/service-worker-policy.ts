/**
 * The service worker fetches card images on the page's behalf (runtime caching), and a
 * worker's fetches obey `connect-src` of the policy served with its script. So the worker's
 * policy lets it connect wherever the page may load images from; the rest stays the page's.
 */
export function toServiceWorkerPolicy(pagePolicy: string): string {
  const directives = pagePolicy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter((parts) => parts[0]);
  const sourcesOf = (name: string) =>
    directives.find((parts) => parts[0] === name)?.slice(1) ?? null;
  const connect = sourcesOf('connect-src') ?? sourcesOf('default-src') ?? [];
  const merged = ['connect-src', ...new Set([...connect, ...(sourcesOf('img-src') ?? [])])];
  const hasConnect = directives.some((parts) => parts[0] === 'connect-src');
  const result = hasConnect
    ? directives.map((parts) => (parts[0] === 'connect-src' ? merged : parts))
    : [...directives, merged];
  return result.map((parts) => parts.join(' ')).join('; ');
}

/** The headers for /sw.js: the site's, with the worker's policy, and never served stale. */
export function toServiceWorkerHeaders(
  siteHeaders: Record<string, string>,
): Record<string, string> {
  const policy = siteHeaders['Content-Security-Policy'];
  return {
    ...siteHeaders,
    ...(policy === undefined ? {} : { 'Content-Security-Policy': toServiceWorkerPolicy(policy) }),
    'Cache-Control': 'no-cache',
  };
}
