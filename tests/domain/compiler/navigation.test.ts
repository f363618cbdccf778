import { describe, expect, it } from 'vitest';
import { isNavigationLine } from '../../../src/domain/compiler/navigation';

describe('isNavigationLine', () => {
  it.each([
    '**[⬆ Back to Top](#table-of-contents)**',
    '[Back to top](#top)',
    '- [What is a closure?](#what-is-a-closure)',
    '  12. [What is [[Prototype]]?](#what-is-prototype)',
    '| 1   | [What are the ways to create objects](#what-are-the-ways) |',
    '<a href="#top">⬆️ back to top</a>',
    '<div align="right"><a href="#contents">🔝</a></div>',
    '[Previous](#q1) · [Next](#q3)',
  ])('skips %j', (line) => {
    expect(isNavigationLine(line)).toBe(true);
  });

  it.each([
    'See [closures](#closures) for context.',
    '[MDN](https://developer.mozilla.org)',
    '- [ ] unchecked task',
    '---',
    '| No. | Questions |',
    '<a href="https://example.com">site</a>',
    '[broken](#anchor',
  ])('keeps %j', (line) => {
    expect(isNavigationLine(line)).toBe(false);
  });
});
