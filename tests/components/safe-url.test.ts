import { describe, expect, it } from 'vitest';
import { toSafeUrl, transformCardUrl } from '../../src/components/markdown/safe-url';

describe('toSafeUrl', () => {
  it('keeps http(s), mailto and relative addresses, and drops every other scheme', () => {
    for (const url of [
      'https://a.example/x.png',
      'http://a.example',
      'mailto:a@b.c',
      '#note',
      'x/y.png',
    ]) {
      expect(toSafeUrl(url)).toBe(url);
    }
    for (const url of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      ' JAVASCRIPT:x',
      'data:text/html,x',
      'vbscript:x',
      'blob:https://a/1',
    ]) {
      expect(toSafeUrl(url)).toBe('');
      expect(toSafeUrl(url, { isImageSource: true })).toBe('');
    }
  });

  it('lets media: through only as an image source, and only with a valid key', () => {
    expect(toSafeUrl('media:abc.png')).toBe('');
    expect(toSafeUrl('media:abc.png', { isImageSource: true })).toBe('media:abc.png');
    expect(toSafeUrl('media:../abc.png', { isImageSource: true })).toBe('');
    expect(toSafeUrl('media:a/b.png', { isImageSource: true })).toBe('');
    expect(transformCardUrl('media:abc.png', 'src', { tagName: 'img' })).toBe('media:abc.png');
    expect(transformCardUrl('media:abc.png', 'href', { tagName: 'a' })).toBe('');
    expect(transformCardUrl('media:abc.png', 'src', { tagName: 'source' })).toBe('');
    expect(transformCardUrl('javascript:alert(1)', 'src', { tagName: 'img' })).toBe('');
  });
});
