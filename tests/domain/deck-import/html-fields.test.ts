import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/domain/deck-import/html-fields';

describe('htmlToMarkdown', () => {
  it('keeps line breaks, emphasis, lists, links and images as markdown', () => {
    expect(htmlToMarkdown('Line one<br>line <b>two</b> and <i>three</i>')).toBe(
      'Line one\nline **two** and *three*',
    );
    expect(htmlToMarkdown('<ul><li>first</li><li>second</li></ul>')).toBe('- first\n- second');
    expect(
      htmlToMarkdown('<a href="https://example.com/a b">docs</a> <img src="x.png" alt="X">'),
    ).toBe('[docs](<https://example.com/ab>) ![X](<x.png>)');
  });

  it('keeps code literally, entities decoded, and leaves other entities to markdown', () => {
    expect(htmlToMarkdown('Use <code>a &lt; b</code> &amp; more')).toBe('Use `a < b` &amp; more');
    expect(htmlToMarkdown('<pre>if (a &gt; b) {<br>  go();<br>}</pre>')).toBe(
      '```\nif (a > b) {\n  go();\n}\n```',
    );
  });

  it('drops scripts and styles with their content, and every other tag', () => {
    expect(
      htmlToMarkdown('<script>alert(1)</script><style>p{}</style><span onclick="x()">kept</span>'),
    ).toBe('kept');
  });
});
