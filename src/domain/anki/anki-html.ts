// Anki fields are HTML. They become the same safe markdown as HTML imports (html-fields.ts),
// after three Anki-specific steps: images of the package point at stored media
// (`media:<key>`), links and images keep only http(s) and mailto addresses, and sound tags go.
import { htmlToMarkdown } from '../deck-import/html-fields';
import { replaceTags } from '../deck-import/html-scan';
import type { MediaFile } from '../media';

export type MediaLookup = {
  files: ReadonlyMap<string, MediaFile>;
  /** Collects the keys that cards refer to, so only those are stored. */
  used: Map<string, MediaFile>;
};

const SOUND_TAG = /\[sound:[^\]]*\]/g;
const SAFE_LINK = /^(?:https?:|mailto:)/i;
const SAFE_IMAGE = /^https?:/i;
const MEDIA_LINK = /\]\(<(media:[A-Za-z0-9._-]+)>\)/g;
/** Heading anchors of pages saved as HTML: links with no text, which show nothing. */
const EMPTY_LINK = /(?<!!)\[\]\(<[^<>]*>\)/g;

/** An Anki field's HTML as markdown: formatting kept, anything executable or unsafe gone. */
export function ankiHtmlToMarkdown(html: string, media: MediaLookup): string {
  const withSafeTags = replaceTags(html.replace(SOUND_TAG, ''), (tag) => {
    const name = tag.name.toLowerCase();
    if (tag.isClosing || (name !== 'img' && name !== 'a')) return rebuildTag(tag);
    return name === 'img' ? rewriteImage(tag.attributes, media) : rewriteLink(tag.attributes);
  });
  // Keys are [A-Za-z0-9._-] only, so the address needs no angle brackets.
  return htmlToMarkdown(withSafeTags).replace(EMPTY_LINK, '').replace(MEDIA_LINK, ']($1)');
}

function rebuildTag(tag: { name: string; attributes: string; isClosing: boolean }): string {
  return `<${tag.isClosing ? '/' : ''}${tag.name}${tag.attributes}>`;
}

function rewriteImage(attributes: string, media: MediaLookup): string {
  const src = readAttribute(attributes, 'src');
  const alt = (readAttribute(attributes, 'alt') ?? '').replace(/[<>"[\]]/g, '');
  if (src === null) return '';
  const file = media.files.get(src) ?? media.files.get(safeDecodeUri(src));
  if (file !== undefined) {
    media.used.set(file.key, file);
    return `<img src="media:${file.key}" alt="${alt}">`;
  }
  if (SAFE_IMAGE.test(src)) return `<img src="${escapeAttribute(src)}" alt="${alt}">`;
  // A picture the package does not carry: its description, if it has one, is all that is left.
  return alt;
}

function rewriteLink(attributes: string): string {
  const href = readAttribute(attributes, 'href');
  return href !== null && SAFE_LINK.test(href) ? `<a href="${escapeAttribute(href)}">` : '<a>';
}

/** The attribute's value with its entities decoded (`&amp;` in a file name is `&`). */
function readAttribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
    attributes,
  );
  if (!match) return null;
  return decodeBasicEntities((match[1] ?? match[2] ?? match[3] ?? '').trim());
}

function decodeBasicEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** An address inside a quoted attribute: no quote or bracket can end it early. */
function escapeAttribute(text: string): string {
  return text.replace(/[<>"]/g, '').replace(/\s/g, '%20');
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
