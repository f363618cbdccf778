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

  it.each([
    [
      '<div>Which of these is O(1)?</div><ol><li><code>map.get(k)</code></li><li>list.indexOf(x)</li></ol>',
      'Which of these is O(1)?\n\n- `map.get(k)`\n- list.indexOf(x)',
    ],
    [
      '<pre class="lang-js"><code>for (let i = 0; i &lt; n; i++) {<br>  sum += a[i];<br>}</code></pre><p>Runs in <b>O(n)</b>.</p>',
      '```\nfor (let i = 0; i < n; i++) {\n  sum += a[i];\n}\n```\n\nRuns in **O(n)**.',
    ],
    [
      '<SCRIPT type="text/javascript">steal()</SCRIPT><p>See <a href=\'https://developer.mozilla.org\'>MDN</a> &amp; <i>the spec</i>.</p>   \n\n\n\n<img alt="diagram" src="graph.png">',
      'See [MDN](<https://developer.mozilla.org>) &amp; *the spec*.\n\n![diagram](<graph.png>)',
    ],
    ['Unclosed <code>x < y and <pre>tail   ', 'Unclosed x < y and tail'],
  ])('converts %j as it always has', (html, markdown) => {
    expect(htmlToMarkdown(html)).toBe(markdown);
  });

  it('converts a field of 100,000 unclosed <code> tags (600 KB) to nothing', () => {
    expect(htmlToMarkdown('<code>'.repeat(100_000))).toBe('');
  });
});
