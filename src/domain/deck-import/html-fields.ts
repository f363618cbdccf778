// Anki fields with `#html:true` hold HTML. Cards render markdown with raw HTML skipped, so the
// formatting that carries meaning (line breaks, lists, bold, code, links, images) is turned into
// markdown and every other tag is dropped. Scripts and styles go with their content.
// Every pass runs in time linear in the field's length (see html-scan.ts): a hostile field of
// thousands of unclosed tags must not freeze an import.

import { replaceElements, replaceTags } from './html-scan';

const DROPPED_ELEMENTS = ['script', 'style', 'template', 'iframe', 'object'];
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

export function htmlToMarkdown(html: string): string {
  const withoutBlocks = replaceElements(html, DROPPED_ELEMENTS, () => '');
  // Code keeps its text exactly: markdown shows code literally, so its entities are decoded here.
  const codeBlocks: string[] = [];
  const withCodeBlocks = replaceElements(withoutBlocks, ['pre'], (body) => {
    codeBlocks.push(
      `\n\n\`\`\`\n${decodeEntities(stripTags(body.replace(/<br\s*\/?>/gi, '\n')))}\n\`\`\`\n\n`,
    );
    return `\uE000${codeBlocks.length - 1}\uE001`;
  });
  const protectedCode = replaceElements(withCodeBlocks, ['code'], (body) => {
    codeBlocks.push(`\`${decodeEntities(stripTags(body))}\``);
    return `\uE000${codeBlocks.length - 1}\uE001`;
  });
  // Links nest only by mistake; a stack keeps a stray </a> from closing the wrong one.
  const openLinks: string[] = [];
  const converted = replaceTags(protectedCode, (tag) =>
    convertTag({ ...tag, name: tag.name.toLowerCase() }, openLinks),
  );
  const restored = converted.replace(
    /\uE000(\d+)\uE001/g,
    (_, i: string) => codeBlocks[Number(i)] ?? '',
  );
  return tidy(restored.replace(/&nbsp;/g, ' '));
}

type Tag = { name: string; attributes: string; isClosing: boolean };

function convertTag({ name, attributes, isClosing }: Tag, openLinks: string[]): string {
  switch (name) {
    case 'br':
      return '\n';
    case 'p':
    case 'div':
    case 'ul':
    case 'ol':
    case 'table':
    case 'blockquote':
      return '\n\n';
    case 'tr':
      return '\n';
    case 'li':
      return isClosing ? '' : '\n- ';
    case 'b':
    case 'strong':
      return '**';
    case 'i':
    case 'em':
      return '*';
    case 'img': {
      const src = readAttribute(attributes, 'src');
      return src === null ? '' : `![${readAttribute(attributes, 'alt') ?? ''}](<${src}>)`;
    }
    case 'a': {
      if (isClosing) return openLinks.pop() ?? '';
      const href = readAttribute(attributes, 'href');
      openLinks.push(href === null ? '' : `](<${href}>)`);
      return href === null ? '' : '[';
    }
    default:
      return '';
  }
}

function readAttribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
    attributes,
  );
  if (!match) return null;
  return (match[1] ?? match[2] ?? match[3] ?? '').replace(/[<>\s]/g, '');
}

function stripTags(html: string): string {
  return replaceTags(html, () => '');
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#?\w+);/g, (whole, name: string) => {
    if (ENTITIES[name] !== undefined) return ENTITIES[name];
    const code = name.startsWith('#x')
      ? Number.parseInt(name.slice(2), 16)
      : name.startsWith('#')
        ? Number.parseInt(name.slice(1), 10)
        : Number.NaN;
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff
      ? String.fromCodePoint(code)
      : whole;
  });
}

/** At most one blank line in a row, no trailing spaces, nothing at the edges. */
function tidy(markdown: string): string {
  // Line by line: a regex for trailing blanks rescans a long run of spaces from each of them.
  return markdown
    .split('\n')
    .map(trimEndBlanks)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function trimEndBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end -= 1;
  return end === line.length ? line : line.slice(0, end);
}
