import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../scripts/security-headers';
import { toServiceWorkerHeaders, toServiceWorkerPolicy } from '../../src/pwa/service-worker-policy';

function directive(policy: string, name: string): string[] | undefined {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find((parts) => parts[0] === name)
    ?.slice(1);
}

describe('toServiceWorkerPolicy', () => {
  it('lets the worker fetch every image source the page may show, and nothing else changes', () => {
    const policy = toServiceWorkerPolicy(contentSecurityPolicy);
    const imageSources = directive(contentSecurityPolicy, 'img-src') ?? [];
    expect(imageSources.length).toBeGreaterThan(0);
    expect(directive(policy, 'connect-src')).toEqual(
      expect.arrayContaining([
        ...(directive(contentSecurityPolicy, 'connect-src') ?? []),
        ...imageSources,
      ]),
    );
    const withoutConnect = (p: string) => p.split('; ').filter((d) => !d.startsWith('connect-src'));
    expect(withoutConnect(policy)).toEqual(withoutConnect(contentSecurityPolicy));
  });

  it('starts from default-src when the page policy has no connect-src', () => {
    expect(toServiceWorkerPolicy("default-src 'self'; img-src https:")).toBe(
      "default-src 'self'; img-src https:; connect-src 'self' https:",
    );
  });

  it('lists no source twice', () => {
    expect(toServiceWorkerPolicy("connect-src 'self' https:; img-src 'self' https: blob:")).toBe(
      "connect-src 'self' https: blob:; img-src 'self' https: blob:",
    );
  });
});

describe('toServiceWorkerHeaders', () => {
  it("keeps the site's other headers and asks caches to revalidate the worker script", () => {
    const headers = toServiceWorkerHeaders(securityHeaders);
    expect(headers['X-Content-Type-Options']).toBe(securityHeaders['X-Content-Type-Options']);
    expect(headers['Cache-Control']).toBe('no-cache');
    expect(headers['Content-Security-Policy']).toBe(toServiceWorkerPolicy(contentSecurityPolicy));
  });
});
