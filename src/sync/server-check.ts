import type { SyncProblem } from './sync-status';

export type SyncCredentials = { username: string; password: string };

/** https everywhere; plain http only to this machine. */
export function isAllowedSyncUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.username !== '' || parsed.password !== '') return false;
    if (parsed.protocol === 'https:') return true;
    return (
      parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)
    );
  } catch {
    return false;
  }
}

export function toBasicAuth({ username, password }: SyncCredentials): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/**
 * Asks the server what it is before any doc moves: a CouchDB welcome at the root, then the
 * database itself. Null when all is well, else what is wrong, in the status's terms.
 */
export async function checkSyncServer(
  databaseUrl: string,
  credentials: SyncCredentials,
  fetchImpl: typeof fetch = fetch,
): Promise<SyncProblem | null> {
  if (!isAllowedSyncUrl(databaseUrl)) return 'insecure-url';
  const headers = { authorization: toBasicAuth(credentials), accept: 'application/json' };
  const root = new URL('/', databaseUrl).href;
  try {
    const welcome = await fetchImpl(root, { headers, credentials: 'omit' });
    if (welcome.status === 401 || welcome.status === 403) return 'wrong-password';
    const body: unknown = await welcome.json().catch(() => null);
    if (!isCouchWelcome(body)) return 'not-couchdb';
    const database = await fetchImpl(databaseUrl, { headers, credentials: 'omit' });
    if (database.status === 401 || database.status === 403) return 'wrong-password';
    const info: unknown = await database.json().catch(() => null);
    if (!database.ok || typeof info !== 'object' || info === null || !('db_name' in info)) {
      return 'not-couchdb';
    }
    return null;
  } catch {
    return 'unreachable';
  }
}

function isCouchWelcome(body: unknown): boolean {
  return typeof body === 'object' && body !== null && Reflect.get(body, 'couchdb') === 'Welcome';
}
