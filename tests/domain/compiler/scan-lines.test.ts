import { describe, expect, it } from 'vitest';
import { createSink } from '../../../src/domain/compiler/diagnostics';
import { scanLines } from '../../../src/domain/compiler/scan-lines';

function scan(text: string) {
  const sink = createSink('scan.md');
  const tokens = scanLines(text.split('\n'), 0, sink);
  const headings = tokens.flatMap((t) =>
    t.kind === 'heading' ? [`${t.line}:${t.level}:${t.text}`] : [],
  );
  return { tokens, headings, diagnostics: sink.list };
}

describe('scanLines', () => {
  it('ignores headings inside backtick and tilde fences, and inside indented list fences', () => {
    const text = [
      '```',
      '# a',
      '~~~',
      '## b',
      '```',
      '~~~~',
      '### c',
      '```',
      '~~~~',
      '1. item',
      '   ```sh',
      '   # d',
      '   ```',
      '## e',
    ].join('\n');
    expect(scan(text).headings).toEqual(['14:2:e']);
  });

  it('closes a fence only with a run at least as long, and no info string', () => {
    const text = ['````md', '```', '``` js', '# inside', '````', '# outside'].join('\n');
    expect(scan(text).headings).toEqual(['6:1:outside']);
  });

  it('does not take inline code with backticks for a fence', () => {
    expect(scan('```a``` b\n# title').headings).toEqual(['2:1:title']);
  });

  it('reads closing hashes, indentation and list-item headings', () => {
    const { tokens } = scan('  ## Title ##\n1. ### Nested\n#hashtag\n####### seven');
    const headings = tokens.filter((t) => t.kind === 'heading');
    expect(headings).toEqual([
      expect.objectContaining({ line: 1, level: 2, text: 'Title', listIndent: 0, column: 3 }),
      expect.objectContaining({ line: 2, level: 3, text: 'Nested', listNumber: 1, listIndent: 3 }),
    ]);
  });

  it('drops comments but keeps them inside code', () => {
    const { tokens } = scan('a <!-- x --> b\n<!--\n# hidden\n-->\n```\n<!-- kept -->\n```');
    expect(tokens.map((t) => t.raw)).toEqual(['a  b', '```', '<!-- kept -->', '```']);
  });

  it('closes an unclosed fence before the next heading, with a warning naming its line', () => {
    const { headings, diagnostics, tokens } = scan('# A\n```js\ncode\n# B\ntext');
    expect(headings).toEqual(['1:1:A', '4:1:B']);
    expect(tokens.map((t) => t.raw)).toEqual(['# A', '```js', 'code', '```', '# B', 'text']);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: 2,
        severity: 'warning',
        message: expect.stringContaining('line 2'),
      }),
    ]);
  });
});
