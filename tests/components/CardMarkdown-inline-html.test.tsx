import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardMarkdown } from '../../src/components/markdown/CardMarkdown';

function renderCard(markdown: string) {
  return render(<CardMarkdown markdown={markdown} />).container;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CardMarkdown: inline formatting HTML', () => {
  it('renders the formatting tags banks and Anki cards use as formatting', () => {
    const container = renderCard(
      [
        'A <b>bold</b>, <i>italic</i>, <em>em</em>, <strong>strong</strong> and <u>underlined</u> word.',
        '',
        'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>; x<sup>2</sup> and H<sub>2</sub>O; <code>let x</code>.<br>Next line',
        '',
        '<div>Anki <span>field</span><br/>second</div>',
        '',
        '<pre><code>if (a &lt; b) return;</code></pre>',
        '',
        '<p>A paragraph with an <img src="https://example.com/a.png" alt="diagram"></p>',
      ].join('\n'),
    );
    expect(container.querySelector('b')).toHaveTextContent('bold');
    expect(container.querySelector('i')).toHaveTextContent('italic');
    expect(container.querySelector('em')).toHaveTextContent('em');
    expect(container.querySelector('strong')).toHaveTextContent('strong');
    expect(container.querySelector('u')).toHaveTextContent('underlined');
    expect([...container.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Ctrl', 'C']);
    expect(container.querySelector('sup')).toHaveTextContent('2');
    expect(container.querySelector('sub')).toHaveTextContent('2');
    expect(container.querySelector('p code')).toHaveTextContent('let x');
    expect(container.querySelectorAll('br').length).toBeGreaterThanOrEqual(2);
    expect(container.querySelector('div span')).toHaveTextContent('field');
    expect(container.querySelector('pre code')).toHaveTextContent('if (a < b) return;');
    const image = container.querySelector('img');
    expect(image).toHaveAttribute('src', 'https://example.com/a.png');
    expect(image).toHaveAttribute('alt', 'diagram');
  });

  it('keeps what only looks like a tag as text: List<T>, Map<K>', () => {
    const container = renderCard('A `List` is a List<T>; see Map<K> too.');
    expect(container).toHaveTextContent('A List is a List<T>; see Map<K> too.');
  });

  it('drops scripts, event handlers, styles, frames and javascript: URLs', () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    const container = renderCard(
      [
        'Inline <script>window.pwned = 1</script> script.',
        '',
        '<script>window.pwned = 2</script>',
        '',
        '<img src=x onerror="window.pwned = 3"> and <img src="javascript:alert(1)" alt="js">',
        '',
        '<a href="javascript:alert(1)">js link</a> <a href="&#106;avascript:alert(1)">encoded</a>',
        '<a href="java&#x09;script:alert(1)">tabbed</a> <a href="https://example.com" onclick="alert(1)">ok</a>',
        '',
        '<b style="background:url(javascript:alert(1))" class="x" onmouseover="alert(1)">styled</b>',
        '',
        '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
        '',
        'Nested: <scr<script>ipt>window.pwned = 4</script> and <svg onload="alert(1)"><script>alert(1)</script></svg>',
        '',
        '<object data="x"></object><embed src="x"><form action="https://evil.example"><input name="p"></form>',
      ].join('\n'),
    );
    expect(
      container.querySelector('script, style, iframe, object, embed, form, input, svg'),
    ).toBeNull();
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        expect(attribute).not.toMatch(/^on|^style$/);
      }
    }
    const urls = [...container.querySelectorAll('a, img')].map(
      (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
    );
    for (const url of urls) expect(url).not.toMatch(/script:/i);
    expect(container.querySelector('b')).toHaveTextContent('styled');
    expect(container.querySelector('b')?.getAttributeNames()).toEqual([]);
    expect(container.querySelector('a[href="https://example.com"]')).toHaveTextContent('ok');
    expect(container.textContent).not.toContain('pwned');
    expect(container.textContent).not.toContain('display:none');
    expect(alert).not.toHaveBeenCalled();
    expect(Reflect.get(window, 'pwned')).toBeUndefined();
  });

  it('closes what a card leaves open at the end of its block, and ignores stray closing tags', () => {
    const container = renderCard('An <b>open tag\n\nNext </i>paragraph</b> plain');
    const paragraphs = container.querySelectorAll('p');
    expect(paragraphs[0]?.querySelector('b')).toHaveTextContent('open tag');
    expect(paragraphs[1]?.querySelector('b, i')).toBeNull();
    expect(paragraphs[1]).toHaveTextContent('Next paragraph plain');
  });

  it('bounds how deep raw HTML nests', () => {
    const container = renderCard(`${'<b>'.repeat(3000)}deep${'</b>'.repeat(3000)}`);
    expect(container).toHaveTextContent('deep');
    let depth = 0;
    for (let node = container.querySelector('b'); node; node = node.querySelector(':scope > b')) {
      depth += 1;
    }
    expect(depth).toBeLessThanOrEqual(32);
  });
});
