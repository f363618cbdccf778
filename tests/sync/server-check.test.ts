import { describe, expect, it } from 'vitest';
import { isAllowedSyncUrl, toBasicAuth } from '../../src/sync/server-check';
import { describeSyncStatus } from '../../src/sync/sync-status';

describe('sync server address and status', () => {
  it('accepts https anywhere and plain http only for this machine, never a password in the URL', () => {
    expect(isAllowedSyncUrl('https://couch.example.com/userdb-616c696365')).toBe(true);
    expect(isAllowedSyncUrl('http://localhost:5984/userdb-616c696365')).toBe(true);
    expect(isAllowedSyncUrl('http://127.0.0.1:5984/db')).toBe(true);
    expect(isAllowedSyncUrl('http://couch.example.com/db')).toBe(false);
    expect(isAllowedSyncUrl('https://alice:secret@couch.example.com/db')).toBe(false);
    expect(isAllowedSyncUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedSyncUrl('not a url')).toBe(false);
  });

  it('encodes non-ASCII credentials for Basic authentication', () => {
    expect(toBasicAuth({ username: 'zoë', password: 'pässword' })).toBe(
      `Basic ${Buffer.from('zoë:pässword').toString('base64')}`,
    );
  });

  it('says in words what is happening', () => {
    const time = () => '09:15';
    expect(describeSyncStatus({ state: 'synced', at: 0, skipped: [] }, time)).toBe(
      'Synced at 09:15.',
    );
    expect(describeSyncStatus({ state: 'offline', waiting: 3, skipped: [] }, time)).toBe(
      'Offline: 3 changes waiting.',
    );
    expect(
      describeSyncStatus({ state: 'error', problem: 'not-couchdb', waiting: 0 }, time),
    ).toMatch(/not a CouchDB database/);
  });
});
