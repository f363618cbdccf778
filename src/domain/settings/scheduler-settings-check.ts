// Stored scheduler settings, read field by field with the Settings screen's own rules
// (field-check.ts): a hand-edited backup or a synced row can hold anything, and one bad field
// (learning steps of "garbage") must not stop the scheduler.
import type { SchedulerSettings } from '../scheduler/types';
import {
  type FieldCheck,
  validateDayStartHour,
  validateLimit,
  validateRetention,
  validateSteps,
} from './field-check';

/** ts-fsrs takes 17, 19 or 21 parameters and falls back to its defaults on any other count. */
const MAX_WEIGHTS = 64;
const maxIntervalRange = { min: 1, max: 36_500 } as const;

export type SchedulerSettingsRead = {
  settings: SchedulerSettings;
  /** The fields that were present but broke a rule: each took its default. */
  rejected: { field: keyof SchedulerSettings; message: string }[];
};

type FieldRule<T> = (value: unknown) => FieldCheck<T>;

const rules: { [K in keyof SchedulerSettings]: FieldRule<SchedulerSettings[K]> } = {
  desiredRetention: (value) => checkNumberText(value, validateRetention),
  maximumIntervalDays: (value) =>
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= maxIntervalRange.min &&
    value <= maxIntervalRange.max
      ? { isValid: true, value }
      : { isValid: false, message: 'Use a whole number of days from 1 to 36500.' },
  isFuzzEnabled: (value) =>
    typeof value === 'boolean'
      ? { isValid: true, value }
      : { isValid: false, message: 'Use true or false.' },
  learningSteps: checkSteps,
  relearningSteps: checkSteps,
  newCardsPerDay: (value) => checkNumberText(value, validateLimit),
  maxReviewsPerDay: (value) => checkNumberText(value, validateLimit),
  dayStartHour: (value) => checkNumberText(value, validateDayStartHour),
  weights: (value) =>
    value === null ||
    (Array.isArray(value) &&
      value.length <= MAX_WEIGHTS &&
      value.every((item) => typeof item === 'number' && Number.isFinite(item)))
      ? { isValid: true, value }
      : { isValid: false, message: 'Use null or a list of FSRS parameters (numbers).' },
};

/** The stored value over `defaults`: a missing field or one that breaks its rule takes the default. */
export function readSchedulerSettings(
  stored: unknown,
  defaults: SchedulerSettings,
): SchedulerSettingsRead {
  const settings: SchedulerSettings = { ...defaults };
  const rejected: SchedulerSettingsRead['rejected'] = [];
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings, rejected };
  }
  const assign = <K extends keyof SchedulerSettings>(field: K) => {
    const value: unknown = Reflect.get(stored, field);
    if (value === undefined) return;
    const check = rules[field](value);
    if (check.isValid) settings[field] = check.value;
    else rejected.push({ field, message: check.message });
  };
  for (const field of Object.keys(rules)) {
    if (isSettingsField(field)) assign(field);
  }
  return { settings, rejected };
}

function isSettingsField(field: string): field is keyof SchedulerSettings {
  return Object.hasOwn(rules, field);
}

function checkNumberText<T>(
  value: unknown,
  validate: (text: string) => FieldCheck<T>,
): FieldCheck<T> {
  if (typeof value !== 'number') return { isValid: false, message: 'Use a number.' };
  return validate(String(value));
}

function checkSteps(value: unknown): FieldCheck<string[]> {
  if (!Array.isArray(value) || !value.every((step) => typeof step === 'string')) {
    return { isValid: false, message: 'Use a list of steps, like ["1m", "10m"].' };
  }
  return validateSteps(value.join(' '));
}
