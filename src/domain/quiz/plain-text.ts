/**
 * Card markdown as one line of plain text, for places that cannot hold rendered markdown
 * (an option button). Code, links and emphasis keep their words; their syntax goes.
 */
export function toPlainText(markdown: string): string {
  return (
    markdown
      .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, ' ')
      // Only at word edges, so snake_case_names keep their underscores.
      .replace(/(?<!\w)(\*\*|__|\*|_|`|~~)(\S(?:.*?\S)?)\1(?!\w)/g, '$2')
      .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
