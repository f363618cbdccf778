// Raw HTML inside card markdown, read as tokens of an allowlist: formatting tags with their safe
// attributes become tags, scripts and the like go with their content, other HTML tags are dropped
// (their text stays), and anything else that looks like a tag (`List<T>`) stays as text.
// Every `<` is looked at once and a tag ends at the next `<` or `>`, so the scan is linear.
import { decodeEntities } from '../../domain/deck-import/html-fields';
import { toSafeUrl } from './safe-url';

export type HtmlToken =
  | { kind: 'text'; value: string }
  | { kind: 'open'; name: string; properties: Record<string, string>; isVoid: boolean }
  | { kind: 'close'; name: string }
  /** An element dropped with everything up to its closing tag (a script, a style). */
  | { kind: 'drop'; name: string };

const ALLOWED_TAGS = new Set(
  (
    'a abbr b blockquote br code dd del details div dl dt em h1 h2 h3 h4 h5 h6 hr i img ins kbd ' +
    'li mark ol p pre rp rt ruby s samp small span strike strong sub summary sup table tbody td ' +
    'tfoot th thead tr tt u ul var'
  ).split(' '),
);

const VOID_TAGS = new Set(['br', 'hr', 'img', 'wbr']);

const DROPPED_WITH_CONTENT = new Set(
  (
    'script style template iframe object embed noscript noembed noframes textarea title xmp ' +
    'select svg math head frameset applet canvas audio video'
  ).split(' '),
);

// HTML that is not formatting: the tag goes, its text stays. Names outside every list are not
// HTML at all (`Map<K>`, `<T>`) and are shown as written.
const DROPPED_TAGS = new Set(
  (
    'html body font center article aside header footer main nav section figure figcaption ' +
    'caption colgroup col address cite dfn time big nobr label form fieldset legend button ' +
    'input option optgroup meta link base area map source track param wbr bdi bdo data output ' +
    'progress meter dialog picture hgroup search slot marquee blink acronym q frame basefont ' +
    'dir menu'
  ).split(' '),
);

/** Attributes kept per tag, as hast property names; every other attribute (on*, style, class) goes. */
const ALLOWED_ATTRIBUTES: Record<string, Record<string, string>> = {
  a: { href: 'href', title: 'title' },
  img: { src: 'src', alt: 'alt', title: 'title', width: 'width', height: 'height' },
  abbr: { title: 'title' },
  ol: { start: 'start' },
  td: { colspan: 'colSpan', rowspan: 'rowSpan' },
  th: { colspan: 'colSpan', rowspan: 'rowSpan' },
};

const URL_ATTRIBUTES = new Set(['href', 'src']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[\s/][^<>]*)?)>/y;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Splits a raw HTML string into allowlisted tokens; text comes out with its entities decoded. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = '';
  let index = 0;
  const flushText = () => {
    if (text !== '') tokens.push({ kind: 'text', value: decodeEntities(text) });
    text = '';
  };
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1) {
      text += html.slice(index);
      break;
    }
    text += html.slice(index, open);
    const skipped = skipMarkup(html, open);
    if (skipped !== null) {
      index = skipped;
      continue;
    }
    TAG.lastIndex = open;
    const match = TAG.exec(html);
    const token = match === null ? null : toToken(match);
    if (match === null || token === null) {
      // Not a tag, or not HTML: the `<` and what follows stay text.
      text += match === null ? '<' : match[0];
      index = match === null ? open + 1 : open + match[0].length;
      continue;
    }
    flushText();
    if (token !== 'ignored') tokens.push(token);
    index = open + match[0].length;
  }
  flushText();
  return tokens;
}

/** Where comments, declarations and processing instructions end: they are dropped. */
function skipMarkup(html: string, open: number): number | null {
  if (html.startsWith('<!--', open)) {
    const end = html.indexOf('-->', open + 4);
    return end === -1 ? html.length : end + 3;
  }
  const next = html[open + 1];
  if (next !== '!' && next !== '?') return null;
  const end = html.indexOf('>', open);
  return end === -1 ? html.length : end + 1;
}

function toToken(match: RegExpExecArray): HtmlToken | 'ignored' | null {
  const isClosing = match[1] === '/';
  const name = (match[2] ?? '').toLowerCase();
  if (DROPPED_WITH_CONTENT.has(name)) {
    return isClosing ? { kind: 'close', name } : { kind: 'drop', name };
  }
  if (DROPPED_TAGS.has(name)) return 'ignored';
  if (!ALLOWED_TAGS.has(name)) return null;
  if (isClosing) return { kind: 'close', name };
  const attributes = match[3] ?? '';
  return {
    kind: 'open',
    name,
    properties: readAttributes(name, attributes),
    isVoid: VOID_TAGS.has(name) || attributes.trimEnd().endsWith('/'),
  };
}

function readAttributes(tag: string, source: string): Record<string, string> {
  const allowed = ALLOWED_ATTRIBUTES[tag];
  const properties: Record<string, string> = {};
  if (allowed === undefined) return properties;
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    const property = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    if (property === undefined) continue;
    const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
    const safe = URL_ATTRIBUTES.has(name)
      ? toSafeUrl(value, { isImageSource: tag === 'img' && name === 'src' })
      : value;
    if (safe !== '') properties[property] = safe;
  }
  return properties;
}
