import { afterEach, describe, expect, it } from 'vitest';
import {
  readCliOptions,
  type SyncServer,
  startSyncServer,
  toUserDatabaseName,
} from '../../scripts/sync-server';

const ORIGIN = 'http://localhost:4173';
const alice = { name: 'alice', password: 'correct horse' };
let server: SyncServer | null = null;

afterEach(async () => {
  await server?.stop();
  server = null;
});

function basic(name: string, password: string): string {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

describe('the development sync server', () => {
  it('answers like CouchDB to its user, and refuses a wrong password or no password', async () => {
    server = await startSyncServer({ port: 0, users: [alice], origin: ORIGIN });
    const welcome = await fetch(`${server.url}/`, {
      headers: { authorization: basic(alice.name, alice.password) },
    });
    expect(welcome.status).toBe(200);
    expect(await welcome.json()).toMatchObject({ couchdb: 'Welcome' });

    const wrong = await fetch(`${server.url}/`, {
      headers: { authorization: basic(alice.name, 'wrong') },
    });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${server.url}/_all_dbs`)).status).toBe(401);
  });

  it('gives each user a database of their own, which another user cannot read', async () => {
    const bob = { name: 'bob', password: 'hunter2' };
    server = await startSyncServer({ port: 0, users: [alice, bob], origin: ORIGIN });
    const auth = {
      authorization: basic(alice.name, alice.password),
      'content-type': 'application/json',
    };
    const put = await fetch(`${server.databaseUrl('alice')}/doc-1`, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ hello: 'world' }),
    });
    expect(put.status).toBe(201);
    const info = await fetch(server.databaseUrl('alice'), { headers: auth });
    expect(await info.json()).toMatchObject({ db_name: toUserDatabaseName('alice'), doc_count: 1 });

    const asBob = await fetch(`${server.databaseUrl('alice')}/doc-1`, {
      headers: { authorization: basic(bob.name, bob.password) },
    });
    expect(asBob.status).toBeGreaterThanOrEqual(401);
    expect(asBob.status).toBeLessThanOrEqual(403);
  });

  it('logs in through _session, as CouchDB does', async () => {
    server = await startSyncServer({ port: 0, users: [alice], origin: ORIGIN });
    const response = await fetch(`${server.url}/_session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alice),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, name: 'alice' });
  });

  it("allows the app's origin through CORS and no other", async () => {
    server = await startSyncServer({ port: 0, users: [alice], origin: ORIGIN });
    const preflight = (origin: string) =>
      fetch(`${server?.url}/`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET' },
      });
    const allowed = await preflight(ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps its data across a restart on the same store, and stops cleanly', async () => {
    server = await startSyncServer({ port: 0, users: [alice], storeName: 'restart-test' });
    const auth = { authorization: basic(alice.name, alice.password) };
    await fetch(`${server.databaseUrl('alice')}/kept`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{}',
    });
    const { port } = server;
    await server.stop();
    server = await startSyncServer({ port, users: [alice], storeName: 'restart-test' });
    expect((await fetch(`${server.databaseUrl('alice')}/kept`, { headers: auth })).status).toBe(
      200,
    );
  });

  it('reads its port, user and origin from flags, then the environment, then defaults', () => {
    expect(readCliOptions([], {})).toEqual({
      port: 5984,
      user: { name: 'drillbook', password: 'drillbook' },
      origin: 'http://localhost:5173',
    });
    expect(
      readCliOptions(['--port', '7000'], {
        SYNC_PORT: '6000',
        SYNC_USER: 'me',
        SYNC_PASSWORD: 'pw',
      }),
    ).toMatchObject({ port: 7000, user: { name: 'me', password: 'pw' } });
  });
});
