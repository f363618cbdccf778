// The previous htmlToMarkdown's scanning passes, kept only so that bench/html-import-bench.ts
// can time them beside the current conversion: its lazy element regexes rescan the rest of the
// field from every opening tag that has no closing tag, so its time grows with the square of the
// field's length. The conversion of each tag (cheap, linear) is left out.

const DROPPED_BLOCKS = /<(script|style|template|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?([a-z][a-z0-9]*)\b([^>]*)>/gi;
const CODE_BLOCK = /<pre\b[^>]*>([\s\S]*?)<\/pre\s*>/gi;
const INLINE_CODE = /<code\b[^>]*>([\s\S]*?)<\/code\s*>/gi;

export function scanHtmlQuadratically(html: string): string {
  const codeBlocks: string[] = [];
  const keep = (_: string, body: string) => {
    codeBlocks.push(body.replace(TAG, ''));
    return `\uE000${codeBlocks.length - 1}\uE001`;
  };
  return html
    .replace(DROPPED_BLOCKS, '')
    .replace(CODE_BLOCK, keep)
    .replace(INLINE_CODE, keep)
    .replace(TAG, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}
