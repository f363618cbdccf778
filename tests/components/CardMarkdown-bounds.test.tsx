import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CardMarkdown } from '../../src/components/markdown/CardMarkdown';

// Answers from hostile decks, as they may already sit in a database: each once froze the
// page for seconds or overflowed the stack, which blanked it.
const hostile = {
  'nested quotes': `${'> '.repeat(10_000)}deep`,
  'nested list': `${'- '.repeat(5000)}deep`,
  'nested emphasis': `${'*a '.repeat(3000)}${' a*'.repeat(3000)}`,
  'emphasis runs': '*a'.repeat(40_000),
  'setext headings': 'a\n=\n'.repeat(10_000),
  'sub-headings': Array.from({ length: 20_000 }, (_, i) => `### Part ${i + 1}\n\nx\n`).join('\n'),
};

const shortenedNote = /^Shortened for display/;

describe('CardMarkdown on hostile cards', () => {
  for (const [name, markdown] of Object.entries(hostile)) {
    it(`shows the ${name} card, noting that it was shortened, with the rest as plain text`, () => {
      const { container } = render(<CardMarkdown markdown={markdown} />);
      expect(screen.getByRole('note')).toHaveTextContent(shortenedNote);
      const plain = container.querySelector('.markdown.plain');
      expect(plain?.textContent?.length).toBeGreaterThan(0);
      expect(markdown).toContain(plain?.textContent);
    });
  }

  it('keeps the first lines of a long card as formatted markdown', () => {
    const intro = '## Overview\n\nA **bold** start with `code`.\n\n';
    render(<CardMarkdown markdown={`${intro}${'> '.repeat(10_000)}deep`} />);
    expect(screen.getByRole('heading', { name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByText('bold').tagName).toBe('STRONG');
    expect(screen.getByRole('note')).toHaveTextContent(shortenedNote);
  });

  it('leaves out what is past the plain-text bound, and says how much', () => {
    render(<CardMarkdown markdown={'*a'.repeat(80_000)} />);
    expect(screen.getByRole('note')).toHaveTextContent('Its last 60,000 characters are left out.');
  });

  it('renders a normal card whole, with no note', () => {
    const normal = `# Title\n\n${'- item with **bold** and [a link](https://example.com)\n'.repeat(40)}\n> quoted\n`;
    const { container } = render(<CardMarkdown markdown={normal} />);
    expect(screen.queryByRole('note')).toBeNull();
    expect(container.querySelectorAll('li')).toHaveLength(40);
    expect(container.querySelector('.markdown.plain')).toBeNull();
  });

  it('highlights code up to a bound per card and leaves the rest as plain code', () => {
    const line = 'const answer = compute(first, second, third) + compute(fourth, fifth);\n';
    const block = (lines: number) => ['```js', line.repeat(lines), '```'].join('\n');
    const { container } = render(<CardMarkdown markdown={`${block(2)}\n\n${block(130)}`} />);
    const [small, large] = container.querySelectorAll('pre code');
    expect(small).toHaveClass('hljs');
    expect(large).not.toHaveClass('hljs');
    expect(large?.querySelector('.hljs-keyword')).toBeNull();
    expect(large).toHaveTextContent('const answer = compute');
  });
});
