import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CardMarkdown } from '../../src/components/markdown/CardMarkdown';

describe('CardMarkdown', () => {
  it('highlights fenced code in a known language and leaves unknown ones as plain text', () => {
    const { container } = render(
      <CardMarkdown markdown={'```js\nconst a = "x";\n```\n\n```brainfuck\n+++\n```'} />,
    );
    const blocks = container.querySelectorAll('pre code');
    expect(blocks[0]).toHaveClass('hljs');
    expect(blocks[0]?.querySelector('.hljs-keyword')).toHaveTextContent('const');
    expect(blocks[1]).not.toHaveClass('hljs');
    expect(blocks[1]).toHaveTextContent('+++');
  });

  it('renders images lazily with their alt text', () => {
    const { getByRole } = render(
      <CardMarkdown markdown="![Request flow](https://example.com/flow.png)" />,
    );
    const image = getByRole('img', { name: 'Request flow' });
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('src', 'https://example.com/flow.png');
  });

  it('renders hostile markdown inert: no raw HTML, no javascript: or data: links', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '[click](javascript:alert(1))',
      '[encoded](&#106;avascript:alert(1))',
      '[tabbed](java\tscript:alert(1))',
      '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '![pic](javascript:alert(1))',
    ].join('\n\n');
    const { container } = render(<CardMarkdown markdown={hostile} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    const urls = [...container.querySelectorAll('a, img')].map(
      (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
    );
    for (const url of urls) expect(url).not.toMatch(/^\s*(javascript|data):/i);
  });

  it('opens external links in a new tab without an opener', () => {
    const { getByRole } = render(<CardMarkdown markdown="[MDN](https://developer.mozilla.org)" />);
    const link = getByRole('link', { name: 'MDN' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
