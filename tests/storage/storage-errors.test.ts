import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  describeStorageError,
  StaleCardError,
  UpgradeBlockedError,
} from '../../src/storage/storage-errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const STORAGE_FULL = /storage is full/i;

describe('describeStorageError', () => {
  it('explains a full disk however the quota error reaches the app', () => {
    const aborted = new Dexie.AbortError('Transaction aborted', quota());
    const bulk = Object.assign(new Error('1 of 1000 operations failed'), {
      name: 'BulkError',
      failures: [quota()],
    });
    const legacy = Object.assign(new Error('quota'), { name: 'Error', code: 22 });
    for (const error of [quota(), new Dexie.QuotaExceededError(quota()), aborted, bulk, legacy]) {
      expect(describeStorageError(error)).toMatch(STORAGE_FULL);
    }
  });

  it('asks to close other tabs when an upgrade is blocked', () => {
    expect(describeStorageError(new UpgradeBlockedError())).toMatch(
      /close the other drillbook tabs/i,
    );
  });

  it('asks to reload when this tab runs an older version than the data', () => {
    const error = new Dexie.OpenFailedError(
      new DOMException('Version 10 is lower', 'VersionError'),
    );
    expect(describeStorageError(error)).toMatch(/newer version.*reload/i);
  });

  it('asks to reload when the connection was closed', () => {
    expect(describeStorageError(new Dexie.DatabaseClosedError())).toMatch(/closed.*reload/i);
    expect(describeStorageError(new DOMException('closing', 'InvalidStateError'))).toMatch(
      /reload/i,
    );
  });

  it('reassures when another tab rated the card first', () => {
    expect(describeStorageError(new StaleCardError('deck/card', null))).toMatch(/another tab/i);
  });

  it('falls back to a plain message that keeps the cause', () => {
    expect(describeStorageError(new Error('disk on fire'))).toMatch(
      /could not read or save.*disk on fire/i,
    );
    expect(describeStorageError('weird')).toMatch(/could not read or save/i);
    expect(describeStorageError(null)).not.toMatch(STORAGE_FULL);
  });
});
