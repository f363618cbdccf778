import { describe, expect, it } from 'vitest';
import { type ResolvedLink, resolveImportLink } from '../../../src/domain/deck-import/import-link';

const resolve = (link: string, extra: readonly string[] = []): ResolvedLink =>
  resolveImportLink(new URL(link), extra);

const target = (link: string, extra: readonly string[] = []) => {
  const resolved = resolve(link, extra);
  if (resolved.kind !== 'target') throw new Error(`${link} was refused: ${resolved.refusal.kind}`);
  return resolved.target;
};

describe('resolveImportLink', () => {
  it('turns a GitHub file page into its raw file, named by its last path segment', () => {
    expect(target('https://github.com/o/r/blob/main/banks/System%20Design.md?plain=1#L10')).toEqual(
      {
        url: 'https://raw.githubusercontent.com/o/r/main/banks/System%20Design.md',
        fileName: 'System Design.md',
        host: 'raw.githubusercontent.com',
      },
    );
    expect(target('https://github.com/o/r/raw/v1.2/q.md').url).toBe(
      'https://raw.githubusercontent.com/o/r/v1.2/q.md',
    );
  });

  it('keeps a raw GitHub link as it is, query included', () => {
    expect(target('https://raw.githubusercontent.com/o/r/refs/heads/main/q.md').url).toBe(
      'https://raw.githubusercontent.com/o/r/refs/heads/main/q.md',
    );
  });

  it('turns a gist page into its raw file, named after the gist', () => {
    expect(target('https://gist.github.com/alice/abc123')).toEqual({
      url: 'https://gist.githubusercontent.com/alice/abc123/raw',
      fileName: 'gist-abc123.md',
      host: 'gist.githubusercontent.com',
    });
    expect(target('https://gist.github.com/alice/abc123/raw/f00/bank.md').fileName).toBe('bank.md');
    expect(target('https://gist.githubusercontent.com/alice/abc123/raw/f00/bank.md').fileName).toBe(
      'bank.md',
    );
  });

  it('refuses a GitHub page that is not a file', () => {
    for (const link of ['https://github.com/o/r', 'https://github.com/o/r/tree/main/banks']) {
      expect(resolve(link)).toEqual({
        kind: 'refused',
        refusal: { kind: 'not-a-file', host: 'github.com' },
      });
    }
  });

  it('refuses every scheme but https, and plain http but on this machine', () => {
    expect(resolve('javascript:alert(1)')).toEqual({
      kind: 'refused',
      refusal: { kind: 'scheme', protocol: 'javascript:' },
    });
    expect(resolve('data:text/markdown,#%20Q')).toMatchObject({ refusal: { kind: 'scheme' } });
    expect(resolve('file:///home/q.md')).toMatchObject({ refusal: { kind: 'scheme' } });
    expect(resolve('http://raw.githubusercontent.com/o/r/main/q.md')).toEqual({
      kind: 'refused',
      refusal: { kind: 'insecure', host: 'raw.githubusercontent.com' },
    });
    expect(target('http://localhost:8080/banks/q.md').url).toBe('http://localhost:8080/banks/q.md');
    expect(target('http://127.0.0.1:5000/q').fileName).toBe('q.md');
  });

  it('refuses other hosts, naming the allowed ones, unless the site added them', () => {
    expect(resolve('https://gitlab.com/o/r/-/raw/main/q.md')).toEqual({
      kind: 'refused',
      refusal: {
        kind: 'host',
        host: 'gitlab.com',
        allowed: ['raw.githubusercontent.com', 'gist.githubusercontent.com'],
      },
    });
    expect(resolve('https://git.example.com/q.md')).toMatchObject({ refusal: { kind: 'host' } });
    const extra = ['https://git.example.com'];
    expect(target('https://git.example.com/banks/q.md', extra).url).toBe(
      'https://git.example.com/banks/q.md',
    );
    // The origin, not the name: another port is another site.
    expect(resolve('https://git.example.com:8443/q.md', extra)).toMatchObject({
      refusal: { kind: 'host', allowed: expect.arrayContaining(['git.example.com']) },
    });
  });

  it('gives a link without an extension a markdown name', () => {
    expect(target('https://raw.githubusercontent.com/o/r/main/README').fileName).toBe('README.md');
    expect(target('https://raw.githubusercontent.com/o/r/main/deck.csv').fileName).toBe('deck.csv');
  });
});
