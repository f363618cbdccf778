import { readMediaKey } from '../../domain/media';

// Imported decks are untrusted: only these schemes may reach an href or src.
const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the URL when it is safe to render, or an empty string. Relative links and anchors
 * pass. A stored image's `media:<key>` passes only as an image's source (`isImageSource`),
 * never as a link: it is drawn from IndexedDB (MediaImage.tsx), never fetched or opened.
 */
export function toSafeUrl(url: string, { isImageSource = false } = {}): string {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so must we.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (scheme === undefined) return url;
  if (allowedSchemes.has(`${scheme.toLowerCase()}:`)) return url;
  return isImageSource && readMediaKey(url) !== null ? url : '';
}

/** react-markdown's urlTransform: the same rule, told whether the URL is an image's source. */
export function transformCardUrl(url: string, key: string, node: { tagName: string }): string {
  return toSafeUrl(url, { isImageSource: key === 'src' && node.tagName === 'img' });
}
