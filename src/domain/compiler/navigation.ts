// Tables of contents, "back to top" links and lists of translations help on GitHub but mean
// nothing on a card. A line is navigation when everything on it, apart from list markers,
// emphasis, arrows, numbers and table pipes, is a link to an anchor in the same page or to the
// bank's README in another language.

const NOISE = new Set([
  ' ',
  '\t',
  '*',
  '_',
  '|',
  '-',
  '+',
  '.',
  ')',
  ':',
  '•',
  '·',
  '–',
  '—',
  '⬆',
  '↑',
  '⇧',
  '▲',
  '⤴',
  '🔝',
  '\uFE0F',
]);

export function isNavigationLine(raw: string): boolean {
  let links = 0;
  let i = 0;
  while (i < raw.length) {
    const char = String.fromCodePoint(raw.codePointAt(i) ?? 32);
    if (NOISE.has(char) || isDigit(char)) {
      i += char.length;
    } else if (char === '[') {
      const end = readAnchorLink(raw, i);
      if (end < 0) return false;
      links += 1;
      i = end;
    } else if (char === '<') {
      const end = readHtmlTag(raw, i);
      if (end < 0) return false;
      if (isAnchorTag(raw, i, end)) {
        const after = skipAnchorText(raw, end);
        if (after < 0) return false;
        links += 1;
        i = after;
      } else {
        i = end;
      }
    } else if (raw.startsWith(':arrow_up:', i) || raw.startsWith(':top:', i)) {
      i = raw.indexOf(':', i + 1) + 1;
    } else {
      return false;
    }
  }
  return links > 0;
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

/** `[text](#anchor)` with balanced brackets in the text; returns the index after `)`, or -1. */
function readAnchorLink(raw: string, open: number): number {
  let depth = 0;
  let i = open;
  for (; i < raw.length; i += 1) {
    const char = raw[i];
    if (char === '[') depth += 1;
    else if (char === ']') {
      depth -= 1;
      if (depth === 0) break;
    }
  }
  if (raw[i + 1] !== '(') return -1;
  let target = i + 2;
  while (raw[target] === ' ') target += 1;
  const close = raw.indexOf(')', target);
  if (close < 0) return -1;
  return raw[target] === '#' || isTranslationPage(raw.slice(target, close)) ? close + 1 : -1;
}

/** `README.md`, `./README-zh_CN.md`, `docs/index.es.md`: the same bank in another language. */
const TRANSLATION_PAGE =
  /^(?:\.{0,2}\/)?(?:[\w.-]+\/)*(?:readme[\w.-]*|[\w-]+[._-](?:ar|bn|cn|de|es|fa|fr|he|hi|id|it|ja|jp|ko|kr|nl|pl|pt|ru|th|tr|tw|uk|ua|vi|zh)(?:[-_][a-z]{2,4})?)\.md(?:#[\w-]*)?$/i;

function isTranslationPage(target: string): boolean {
  return target.length < 200 && TRANSLATION_PAGE.test(target.trim());
}

/** Returns the index after the tag's `>`, or -1 when the tag is not closed on this line. */
function readHtmlTag(raw: string, open: number): number {
  const close = raw.indexOf('>', open);
  return close < 0 ? -1 : close + 1;
}

const ANCHOR_CLOSE = /<\/a\s*>/gi;

function skipAnchorText(raw: string, from: number): number {
  ANCHOR_CLOSE.lastIndex = from;
  const match = ANCHOR_CLOSE.exec(raw);
  return match ? match.index + match[0].length : -1;
}

function isAnchorTag(raw: string, start: number, end: number): boolean {
  const tag = raw.slice(start, end).toLowerCase();
  return tag.startsWith('<a ') && /href\s*=\s*["']#/.test(tag);
}
