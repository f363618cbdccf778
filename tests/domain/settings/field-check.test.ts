import { describe, expect, it } from 'vitest';
import {
  validateDayStartHour,
  validateLimit,
  validateOptionalLimit,
  validateRetention,
  validateSteps,
} from '../../../src/domain/settings/field-check';

describe('validateSteps', () => {
  it('accepts steps with m, h or d, separated by spaces or commas', () => {
    expect(validateSteps('1m 10m')).toEqual({ isValid: true, value: ['1m', '10m'] });
    expect(validateSteps(' 10m, 1h 2d ')).toEqual({ isValid: true, value: ['10m', '1h', '2d'] });
  });

  it('accepts no steps at all: cards then skip straight to daily reviews', () => {
    expect(validateSteps('')).toEqual({ isValid: true, value: [] });
  });

  it('refuses a step it cannot read, naming it and showing what a step looks like', () => {
    expect(validateSteps('1m ten')).toEqual({
      isValid: false,
      message: '"ten" is not a step. Use numbers with m, h or d, like 1m 10m.',
    });
    expect(validateSteps('10')).toMatchObject({ isValid: false });
  });

  it('refuses a zero or over-long step with its own reason', () => {
    expect(validateSteps('0m')).toEqual({
      isValid: false,
      message: '"0m": a step must be longer than zero.',
    });
    expect(validateSteps('400d')).toEqual({
      isValid: false,
      message: '"400d": a step can be at most 365 days.',
    });
  });
});

describe('validateRetention', () => {
  it('accepts 0.70 to 0.99', () => {
    expect(validateRetention('0.7')).toEqual({ isValid: true, value: 0.7 });
    expect(validateRetention(' 0.85 ')).toEqual({ isValid: true, value: 0.85 });
    expect(validateRetention('0.99')).toEqual({ isValid: true, value: 0.99 });
  });

  it.each(['0.69', '1', '90', '', 'high', '-0.9'])('refuses %j with a message', (text) => {
    expect(validateRetention(text)).toEqual({
      isValid: false,
      message: 'Use a number from 0.70 to 0.99, like 0.90 for 90%.',
    });
  });
});

describe('validateLimit', () => {
  it('accepts whole numbers from 0 to 10000', () => {
    expect(validateLimit('0')).toEqual({ isValid: true, value: 0 });
    expect(validateLimit('25')).toEqual({ isValid: true, value: 25 });
    expect(validateLimit('10000')).toEqual({ isValid: true, value: 10000 });
  });

  it.each(['-1', '2.5', '', 'ten', '10001'])('refuses %j', (text) => {
    expect(validateLimit(text)).toEqual({
      isValid: false,
      message: 'Use a whole number from 0 to 10000.',
    });
  });

  it('lets a per-deck limit be empty, meaning none of its own', () => {
    expect(validateOptionalLimit('  ')).toEqual({ isValid: true, value: null });
    expect(validateOptionalLimit('5')).toEqual({ isValid: true, value: 5 });
    expect(validateOptionalLimit('-5')).toMatchObject({ isValid: false });
  });
});

describe('validateDayStartHour', () => {
  it('accepts whole hours 0 to 23 only', () => {
    expect(validateDayStartHour('0')).toEqual({ isValid: true, value: 0 });
    expect(validateDayStartHour('23')).toEqual({ isValid: true, value: 23 });
    expect(validateDayStartHour('24')).toMatchObject({ isValid: false });
    expect(validateDayStartHour('4.5')).toMatchObject({ isValid: false });
  });
});
