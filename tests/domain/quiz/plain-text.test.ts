import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../../src/domain/quiz/plain-text';

describe('toPlainText', () => {
  it('keeps the words of emphasis, code and links, and drops their syntax', () => {
    expect(
      toPlainText('**PUT** replaces, `PATCH` updates; see [RFC 5789](https://x.test/r).\n\n- one'),
    ).toBe('PUT replaces, PATCH updates; see RFC 5789. one');
  });

  it('leaves identifiers with underscores whole', () => {
    expect(toPlainText('set max_retry_count and _private')).toBe(
      'set max_retry_count and _private',
    );
  });
});
