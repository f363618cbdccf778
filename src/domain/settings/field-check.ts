import { parseSteps } from '../scheduler/steps';

/** The outcome of checking what the user typed: the value to save, or why it cannot be. */
export type FieldCheck<T> = { isValid: true; value: T } | { isValid: false; message: string };

export const retentionRange = { min: 0.7, max: 0.99 } as const;
export const maxDailyLimit = 10_000;

const stepsHint = 'Use numbers with m, h or d, like 1m 10m.';

/** Desired retention as typed (`0.9`): a number from 0.70 to 0.99. */
export function validateRetention(text: string): FieldCheck<number> {
  const value = readNumber(text);
  if (value === null || value < retentionRange.min || value > retentionRange.max) {
    return {
      isValid: false,
      message: 'Use a number from 0.70 to 0.99, like 0.90 for 90%.',
    };
  }
  return { isValid: true, value };
}

/** A daily limit as typed: a whole number from 0 to 10,000. */
export function validateLimit(text: string): FieldCheck<number> {
  const value = readNumber(text);
  if (value === null || !Number.isInteger(value) || value < 0 || value > maxDailyLimit) {
    return { isValid: false, message: 'Use a whole number from 0 to 10000.' };
  }
  return { isValid: true, value };
}

/** A per-deck limit as typed: empty means the deck has none of its own. */
export function validateOptionalLimit(text: string): FieldCheck<number | null> {
  return text.trim() === '' ? { isValid: true, value: null } : validateLimit(text);
}

/** Learning or relearning steps as typed (`1m 10m`); none at all is allowed. */
export function validateSteps(text: string): FieldCheck<string[]> {
  const parsed = parseSteps(text);
  if ('steps' in parsed) return { isValid: true, value: parsed.steps };
  // parseSteps says what is wrong with a step; the hint says what a right one looks like.
  const isUnreadable = parsed.error.includes('is not a step');
  const token = /^"([^"]*)"/.exec(parsed.error)?.[1] ?? text.trim();
  return {
    isValid: false,
    message: isUnreadable ? `"${token}" is not a step. ${stepsHint}` : parsed.error,
  };
}

/** The hour a study day starts: a whole hour from 0 to 23. */
export function validateDayStartHour(text: string): FieldCheck<number> {
  const value = readNumber(text);
  if (value === null || !Number.isInteger(value) || value < 0 || value > 23) {
    return { isValid: false, message: 'Choose an hour from 0 to 23.' };
  }
  return { isValid: true, value };
}

function readNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
