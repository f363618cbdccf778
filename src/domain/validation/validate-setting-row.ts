// Settings rows from outside, checked by the rules the Settings screen applies to what a user
// types: a bad field is dropped (this device's value or the default stays), the rest is kept.
import type { BackupSetting } from '../deck-import/backup-format';
import { readSettingRow } from '../deck-import/backup-rows';
import { createFieldProblems, isRecord } from '../deck-import/field-reader';
import { defaultSchedulerSettings } from '../scheduler/settings';
import { parseDeckLimits } from '../settings/deck-limits';
import { readSchedulerSettings } from '../settings/scheduler-settings-check';
import { DECK_LIMITS_KEY, SCHEDULER_KEY, THEME_KEY } from '../settings/setting-keys';
import { themes } from '../settings/theme';
import type { RowCheck } from './row-check';

export function validateSettingRow(value: unknown): RowCheck<BackupSetting> {
  const problems = createFieldProblems();
  const row = readSettingRow(value, 'row', problems);
  if (row === null || problems.count > 0 || row.key === '') {
    return { row: null, problems: ['key should be text'] };
  }
  if (row.key === SCHEDULER_KEY) return validateSchedulerValue(row.value);
  if (row.key === THEME_KEY && !themes.some((theme) => theme === row.value)) {
    return { row: null, problems: [`theme should be one of ${themes.join(', ')}`] };
  }
  if (row.key === DECK_LIMITS_KEY) return validateDeckLimits(row.value);
  return { row, problems: [] };
}

/** Only the fields that pass are kept; the missing ones read as this device's or the defaults. */
function validateSchedulerValue(value: unknown): RowCheck<BackupSetting> {
  if (!isRecord(value))
    return { row: null, problems: ['the scheduler settings should be an object'] };
  const { settings, rejected } = readSchedulerSettings(value, defaultSchedulerSettings);
  const rejectedFields = new Set<string>(rejected.map(({ field }) => field));
  const kept = Object.fromEntries(
    Object.entries(settings).filter(
      ([field]) => Object.hasOwn(value, field) && !rejectedFields.has(field),
    ),
  );
  return {
    row: { key: SCHEDULER_KEY, value: kept },
    problems: rejected.map(({ field, message }) => `${field} was left out: ${message}`),
  };
}

function validateDeckLimits(value: unknown): RowCheck<BackupSetting> {
  const limits = parseDeckLimits(value);
  const isWhole = JSON.stringify(limits) === JSON.stringify(value);
  return {
    row: { key: DECK_LIMITS_KEY, value: limits },
    problems: isWhole
      ? []
      : ['deck limits that are not whole numbers from 0 to 10000 were left out'],
  };
}
