// Imported decks are untrusted: only these schemes may reach an href or src.
const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);

/** Returns the URL when it is safe to render, or an empty string. Relative links and anchors pass. */
export function toSafeUrl(url: string): string {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so must we.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (scheme === undefined) return url;
  return allowedSchemes.has(`${scheme.toLowerCase()}:`) ? url : '';
}
