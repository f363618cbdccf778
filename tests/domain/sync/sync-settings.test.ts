import { describe, expect, it } from 'vitest';
import { mergeSettingChanges } from '../../../src/domain/sync/sync-merge';
import {
  diffSettings,
  flattenSettings,
  toSettingRows,
} from '../../../src/domain/sync/sync-settings';

describe('settings sync', () => {
  it('keeps a field changed on one device and another field changed on the other', () => {
    const base = [{ key: 'scheduler', value: { desiredRetention: 0.9, newCardsPerDay: 20 } }];
    const onA = [{ key: 'scheduler', value: { desiredRetention: 0.85, newCardsPerDay: 20 } }];
    const onB = [
      { key: 'scheduler', value: { desiredRetention: 0.9, newCardsPerDay: 30 } },
      { key: 'interviewDate', value: '2027-01-15' },
    ];
    const changesA = diffSettings(flattenSettings(base), flattenSettings(onA), 100);
    const changesB = diffSettings(flattenSettings(base), flattenSettings(onB), 200);
    const merged = mergeSettingChanges([
      { _id: 'settings/a', kind: 'settings', deviceId: 'a', changes: changesA },
      { _id: 'settings/b', kind: 'settings', deviceId: 'b', changes: changesB },
    ]);
    const flat = flattenSettings(base);
    for (const [path, change] of merged) flat.set(path, change.value);
    expect(toSettingRows(flat)).toEqual([
      { key: 'interviewDate', value: '2027-01-15' },
      { key: 'scheduler', value: { desiredRetention: 0.85, newCardsPerDay: 30 } },
    ]);
  });

  it('carries a cleared setting as null, and the latest change wins, ties by device id', () => {
    const cleared = diffSettings(
      flattenSettings([{ key: 'interviewDate', value: '2027-01-15' }]),
      new Map(),
      5,
    );
    expect(cleared).toEqual([{ path: 'interviewDate', value: null, at: 5 }]);
    const merged = mergeSettingChanges([
      {
        _id: 'settings/b',
        kind: 'settings',
        deviceId: 'b',
        changes: [{ path: 'theme', value: 'dark', at: 5 }],
      },
      {
        _id: 'settings/a',
        kind: 'settings',
        deviceId: 'a',
        changes: [{ path: 'theme', value: 'light', at: 5 }],
      },
    ]);
    expect(merged.get('theme')?.value).toBe('dark');
  });
});
