// Tag and element replacement in linear time. A regex such as /<code[^>]*>([\s\S]*?)<\/code>/g
// rescans the rest of the text from every opening tag that has no closing one, so a field of
// 300,000 `<code>` takes hours; these scans find the same matches, each character looked at a
// bounded number of times.

export type HtmlTag = { name: string; attributes: string; isClosing: boolean };

const TAG = /<\/?([a-z][a-z0-9]*)\b([^>]*)>/gi;

/**
 * Replaces every tag, as `text.replace(TAG, ...)` would. A tag ends at the next `>`, so the
 * search stops at the last `>`: after it, each `<` would scan to the end and find none.
 */
export function replaceTags(text: string, replace: (tag: HtmlTag) => string): string {
  const end = text.lastIndexOf('>') + 1;
  if (end === 0) return text;
  const head = text
    .slice(0, end)
    .replace(TAG, (tag: string, name: string, attributes: string) =>
      replace({ name, attributes, isClosing: tag.startsWith('</') }),
    );
  return head + text.slice(end);
}

type Span = { start: number; end: number };

/**
 * Replaces each element named in `names` (opening tag, body, first matching closing tag) by
 * `replace(body)`, as /<(names)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi would. Closing tags are found
 * once, up front; an opening tag with no closing tag after it means that no later one of that
 * name has one either, so that name is no longer looked for.
 */
export function replaceElements(
  text: string,
  names: readonly string[],
  replace: (body: string) => string,
): string {
  const closers = findClosingTags(text, names);
  const next = new Map<string, number>();
  let live = names.filter((name) => (closers.get(name)?.length ?? 0) > 0);
  let opener = createOpenerPattern(live);
  const searchEnd = text.lastIndexOf('>') + 1;
  const searched = text.slice(0, searchEnd);
  let out = '';
  let copied = 0;
  while (opener !== null) {
    const match = opener.exec(searched);
    if (match === null) break;
    const name = (match[1] ?? '').toLowerCase();
    const openEnd = match.index + match[0].length;
    const list = closers.get(name) ?? [];
    let i = next.get(name) ?? 0;
    while (i < list.length && (list[i]?.start ?? 0) < openEnd) i += 1;
    next.set(name, i);
    const closer = list[i];
    if (closer === undefined) {
      live = live.filter((other) => other !== name);
      const restart = match.index + 1;
      opener = createOpenerPattern(live);
      if (opener) opener.lastIndex = restart;
      continue;
    }
    out += text.slice(copied, match.index) + replace(text.slice(openEnd, closer.start));
    copied = closer.end;
    opener.lastIndex = closer.end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function createOpenerPattern(names: readonly string[]): RegExp | null {
  return names.length === 0 ? null : new RegExp(`<(${names.join('|')})\\b[^>]*>`, 'gi');
}

function findClosingTags(text: string, names: readonly string[]): Map<string, Span[]> {
  const closers = new Map<string, Span[]>();
  if (names.length === 0) return closers;
  const pattern = new RegExp(`<\\/(${names.join('|')})\\s*>`, 'gi');
  for (const match of text.matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase();
    const list = closers.get(name) ?? [];
    list.push({ start: match.index, end: match.index + match[0].length });
    closers.set(name, list);
  }
  return closers;
}
