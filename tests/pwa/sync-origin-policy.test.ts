import { describe, expect, it } from 'vitest';
import {
  createContentSecurityPolicy,
  createSecurityHeaders,
  readSyncOrigin,
} from '../../scripts/security-headers';
import { toServiceWorkerHeaders } from '../../src/pwa/service-worker-policy';

const connectSources = (policy: string | undefined) =>
  (policy ?? '')
    .split('; ')
    .find((directive) => directive.startsWith('connect-src '))
    ?.split(' ')
    .slice(1);

describe('connect-src and the sync server', () => {
  it('lets the page reach only itself and sync servers on this machine by default', () => {
    expect(connectSources(createContentSecurityPolicy())).toEqual([
      "'self'",
      'http://localhost:*',
      'http://127.0.0.1:*',
    ]);
  });

  it("adds the CouchDB server's origin, and only it, to the page's and the worker's policy", () => {
    const origin = readSyncOrigin('https://couch.example.com');
    const headers = createSecurityHeaders(origin);
    expect(connectSources(headers['Content-Security-Policy'])).toEqual([
      "'self'",
      'http://localhost:*',
      'http://127.0.0.1:*',
      'https://couch.example.com',
    ]);
    const worker = toServiceWorkerHeaders(headers)['Content-Security-Policy'];
    expect(connectSources(worker)).toContain('https://couch.example.com');
  });

  it('refuses a sync origin that would widen the policy or send data in the clear', () => {
    expect(readSyncOrigin(undefined)).toBeNull();
    expect(readSyncOrigin('')).toBeNull();
    expect(readSyncOrigin('https://couch.example.com:6984')).toBe('https://couch.example.com:6984');
    for (const bad of [
      'http://couch.example.com',
      'https:',
      '*',
      'https://*.example.com',
      'https://couch.example.com/userdb-616c696365',
      "https://couch.example.com; script-src 'unsafe-inline'",
    ]) {
      expect(() => readSyncOrigin(bad), bad).toThrow(
        /DRILLBOOK_SYNC_ORIGIN must be an https origin/,
      );
    }
  });
});
