import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseImportText } from '../../src/domain/deck-import/parse-import-text';
import { warmUpImport, writeSampleBank } from '../../src/workers/import-warm-up';

describe('writeSampleBank', () => {
  it('is a clean bank, so warming up runs the path a real import takes', () => {
    const parsed = parseImportText(writeSampleBank(20), 'warm-up.md');
    expect(parsed.kind).toBe('deck');
    if (parsed.kind !== 'deck') return;
    expect(parsed.deck.cards).toHaveLength(20);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.deck.cards[3]?.sections.map((section) => section.title)).toEqual([
      'Concepts',
      'Example Code Snippets',
    ]);
  });
});

describe('warmUpImport', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs its rounds one task at a time, leaving the worker free in between', () => {
    let checks = 0;
    warmUpImport(() => {
      checks += 1;
      return false;
    }, 3);
    expect(checks).toBe(0);
    vi.advanceTimersToNextTimer();
    expect(checks).toBe(1);
    vi.runAllTimers();
    expect(checks).toBe(3);
  });

  it('stops as soon as a job has started', () => {
    let checks = 0;
    let hasJob = false;
    warmUpImport(() => {
      checks += 1;
      return hasJob;
    }, 10);
    vi.advanceTimersToNextTimer();
    hasJob = true;
    vi.runAllTimers();
    expect(checks).toBe(2);
  });
});
