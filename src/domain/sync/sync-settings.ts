// Settings travel one field at a time: changing the desired retention on one device and the
// daily limit on another keeps both. A settings row whose value is an object (the scheduler's
// settings, each deck's limits) is split into `key.field` paths; any other row is one path.
import { compareText } from '../compare-text';
import type { BackupSetting } from '../deck-import/backup-format';
import { isRecord } from '../deck-import/field-reader';
import type { SettingChange } from './sync-docs';

export function flattenSettings(rows: readonly BackupSetting[]): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const { key, value } of rows) {
    if (isRecord(value)) {
      for (const [field, fieldValue] of Object.entries(value))
        flat.set(`${key}.${field}`, fieldValue);
    } else {
      flat.set(key, value);
    }
  }
  return flat;
}

/** The paths whose value differs between two flattened states; a removed path reads null. */
export function diffSettings(
  before: ReadonlyMap<string, unknown>,
  after: ReadonlyMap<string, unknown>,
  at: number,
): SettingChange[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  const changes: SettingChange[] = [];
  for (const path of paths) {
    const value = after.get(path) ?? null;
    if (!isSameJson(before.get(path) ?? null, value)) changes.push({ path, value, at });
  }
  return changes.sort((a, b) => compareText(a.path, b.path));
}

/** Settings rows from flattened paths; a path whose value is null is left out. */
export function toSettingRows(flat: ReadonlyMap<string, unknown>): BackupSetting[] {
  const rows = new Map<string, unknown>();
  for (const [path, value] of flat) {
    if (value === null) continue;
    const dot = path.indexOf('.');
    if (dot < 0) {
      rows.set(path, value);
      continue;
    }
    const key = path.slice(0, dot);
    const current = rows.get(key);
    const record = isRecord(current) ? current : {};
    rows.set(key, { ...record, [path.slice(dot + 1)]: value });
  }
  return [...rows]
    .map(([key, value]) => ({ key, value }))
    .sort((a, b) => compareText(a.key, b.key));
}

export function isSameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
