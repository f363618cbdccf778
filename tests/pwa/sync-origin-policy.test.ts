import { describe, expect, it } from 'vitest';
import {
  createContentSecurityPolicy,
  createSecurityHeaders,
  readImportOrigins,
  readSyncOrigin,
} from '../../scripts/security-headers';
import { toServiceWorkerHeaders } from '../../src/pwa/service-worker-policy';

const connectSources = (policy: string | undefined) =>
  (policy ?? '')
    .split('; ')
    .find((directive) => directive.startsWith('connect-src '))
    ?.split(' ')
    .slice(1);

const githubRawHosts = ['https://raw.githubusercontent.com', 'https://gist.githubusercontent.com'];

describe('connect-src and the sync server', () => {
  it("lets the page reach only itself, servers on this machine and GitHub's raw files by default", () => {
    expect(connectSources(createContentSecurityPolicy())).toEqual([
      "'self'",
      'http://localhost:*',
      'http://127.0.0.1:*',
      ...githubRawHosts,
    ]);
  });

  it("adds the CouchDB server's origin, and only it, to the page's and the worker's policy", () => {
    const origin = readSyncOrigin('https://couch.example.com');
    const headers = createSecurityHeaders(origin);
    expect(connectSources(headers['Content-Security-Policy'])).toEqual([
      "'self'",
      'http://localhost:*',
      'http://127.0.0.1:*',
      ...githubRawHosts,
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

describe('connect-src and Import from a link', () => {
  it("adds the hosts a site names for linked banks, and only them, to the page's policy", () => {
    const origins = readImportOrigins('https://git.example.com, https://banks.example.org:8443');
    expect(origins).toEqual(['https://git.example.com', 'https://banks.example.org:8443']);
    expect(connectSources(createSecurityHeaders(null, origins)['Content-Security-Policy'])).toEqual(
      ["'self'", 'http://localhost:*', 'http://127.0.0.1:*', ...githubRawHosts, ...origins],
    );
  });

  it('refuses an import host that would widen the policy or fetch in the clear', () => {
    expect(readImportOrigins(undefined)).toEqual([]);
    expect(readImportOrigins(' ')).toEqual([]);
    for (const bad of [
      'http://git.example.com',
      'https:',
      '*',
      'https://*.example.com',
      'https://git.example.com/banks',
    ]) {
      expect(() => readImportOrigins(bad), bad).toThrow(
        /DRILLBOOK_IMPORT_ORIGINS must be an https origin/,
      );
    }
  });
});
