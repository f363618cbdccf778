import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/domain/describe-error';

describe('describeError', () => {
  it("gives an error's own message", () => {
    expect(describeError(new TypeError('cards is not iterable'))).toBe('cards is not iterable');
  });

  it('names an error that has no message instead of saying nothing', () => {
    class AbortError extends Error {
      override name = 'AbortError';
    }
    expect(describeError(new AbortError())).toBe('AbortError');
  });

  it('writes out anything else that was thrown', () => {
    expect(describeError('the worker stopped')).toBe('the worker stopped');
    expect(describeError(404)).toBe('404');
    expect(describeError(undefined)).toBe('undefined');
  });
});
